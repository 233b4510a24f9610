using Hub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Compute;

/// <summary>
/// The per-month ledger of an offer's hours. Every change that could overbook a month is one conditional UPDATE
/// ("add these hours only while they fit"), so the database itself refuses the loser of a race; callers run it inside
/// their transaction and roll back when a month refuses.
/// </summary>
public sealed class CapacityLedger(HubDbContext db, TimeProvider clock)
{
    /// <summary>The offer's months, oldest first.</summary>
    public Task<List<ComputeOfferMonth>> MonthsAsync(int offerId, CancellationToken ct = default) =>
        db.ComputeOfferMonths.AsNoTracking().Where(m => m.OfferId == offerId).OrderBy(m => m.Month).ToListAsync(ct);

    /// <summary>Free hours of each offer in one month (offers without that month are left out).</summary>
    public Task<Dictionary<int, int>> FreeInAsync(IReadOnlyCollection<int> offerIds, DateOnly month, CancellationToken ct = default) =>
        db.ComputeOfferMonths.AsNoTracking().Where(m => offerIds.Contains(m.OfferId) && m.Month == month)
            .ToDictionaryAsync(m => m.OfferId, m => m.CapacityHours - m.AllocatedHours, ct);

    /// <summary>Free hours per month of several offers over a span of months.</summary>
    public async Task<ILookup<int, ComputeOfferMonth>> MonthsOfAsync(IReadOnlyCollection<int> offerIds, DateOnly first, DateOnly last, CancellationToken ct = default) =>
        (await db.ComputeOfferMonths.AsNoTracking().Where(m => offerIds.Contains(m.OfferId) && m.Month >= first && m.Month <= last)
            .OrderBy(m => m.Month).ToListAsync(ct)).ToLookup(m => m.OfferId);

    /// <summary>
    /// Opens the months of offers that have none yet (offers loaded by the demo seeder, or placed before the ledger
    /// existed). Returns how many offers it opened.
    /// </summary>
    public async Task<int> OpenMissingMonthsAsync(CancellationToken ct = default)
    {
        var offers = await db.ComputeOffers.AsNoTracking().Where(o => !db.ComputeOfferMonths.Any(m => m.OfferId == o.Id)).ToListAsync(ct);
        foreach (var offer in offers)
        {
            db.ComputeOfferMonths.AddRange(ComputeMonths.Range(offer.AvailableFrom, offer.AvailableUntil)
                .Select(m => new ComputeOfferMonth { OfferId = offer.Id, Month = m, CapacityHours = offer.GpuHoursPerMonth }));
        }

        await db.SaveChangesAsync(ct);
        return offers.Count;
    }

    /// <summary>
    /// Brings the ledger in line with a saved offer's window and hours a month. Past months keep the capacity they had;
    /// a month may not drop below what is allocated in it, nor leave the window while it holds allocations. Returns the
    /// refusal, or null; run it in the caller's transaction.
    /// </summary>
    internal async Task<string?> SyncAsync(ComputeOffer offer, CancellationToken ct)
    {
        var thisMonth = ComputeMonths.Of(clock.GetUtcNow().UtcDateTime);
        var (first, last) = offer.Months;
        var months = await db.ComputeOfferMonths.Where(m => m.OfferId == offer.Id).ToListAsync(ct);
        foreach (var outside in months.Where(m => m.Month < first || m.Month > last))
        {
            if (outside.AllocatedHours > 0)
            {
                return $"{ComputeMonths.Label(outside.Month)} holds {ComputeLabels.Hours(outside.AllocatedHours)} allocated GPU-hours: keep it inside the window.";
            }

            db.ComputeOfferMonths.Remove(outside);
        }

        var existing = months.ToDictionary(m => m.Month);
        foreach (var month in ComputeMonths.Range(first, last))
        {
            if (!existing.TryGetValue(month, out var row))
            {
                db.ComputeOfferMonths.Add(new ComputeOfferMonth { OfferId = offer.Id, Month = month, CapacityHours = offer.GpuHoursPerMonth });
            }
            else if (month >= thisMonth && row.CapacityHours != offer.GpuHoursPerMonth)
            {
                // Conditional, like a reservation: an approval landing meanwhile can't be pushed over the new capacity.
                var hours = offer.GpuHoursPerMonth;
                var changed = await db.ComputeOfferMonths
                    .Where(m => m.OfferId == offer.Id && m.Month == month && m.AllocatedHours <= hours)
                    .ExecuteUpdateAsync(u => u.SetProperty(m => m.CapacityHours, hours), ct);
                if (changed == 0)
                {
                    var allocated = await db.ComputeOfferMonths.Where(m => m.OfferId == offer.Id && m.Month == month).Select(m => m.AllocatedHours).FirstAsync(ct);
                    return $"{ComputeMonths.Label(month)} already has {ComputeLabels.Hours(allocated)} GPU-hours allocated: offer at least that many a month.";
                }

                db.Entry(row).State = EntityState.Detached;
            }
        }

        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>
    /// Adds the hours to each month while they fit; returns the first month that refused with what it has free, or
    /// null when every month took them. Run inside the caller's transaction and roll back on a refusal.
    /// </summary>
    internal async Task<(DateOnly Month, int Free)?> TryReserveAsync(int offerId, IEnumerable<DateOnly> months, int hours, CancellationToken ct)
    {
        foreach (var month in months)
        {
            var taken = await db.ComputeOfferMonths
                .Where(m => m.OfferId == offerId && m.Month == month && m.CapacityHours - m.AllocatedHours >= hours)
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.AllocatedHours, m => m.AllocatedHours + hours), ct);
            if (taken == 0)
            {
                var free = await db.ComputeOfferMonths.Where(m => m.OfferId == offerId && m.Month == month)
                    .Select(m => (int?)(m.CapacityHours - m.AllocatedHours)).FirstOrDefaultAsync(ct);
                return (month, Math.Max(0, free ?? 0));
            }
        }

        return null;
    }

    /// <summary>Gives hours of a month back to the pool.</summary>
    internal Task ReleaseAsync(int offerId, DateOnly month, int hours, CancellationToken ct) =>
        hours <= 0
            ? Task.CompletedTask
            : db.ComputeOfferMonths.Where(m => m.OfferId == offerId && m.Month == month)
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.AllocatedHours, m => m.AllocatedHours - hours), ct);
}
