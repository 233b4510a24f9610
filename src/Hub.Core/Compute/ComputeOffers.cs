using Hub.Core.Data;
using Hub.Core.Live;
using Hub.Core.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Compute;

/// <summary>Providers place, change, pause and close offers; everyone signed in browses them.</summary>
public sealed class ComputeOffers(HubDbContext db, ComputeAccess access, CapacityLedger ledger, LivePublisher live, TimeProvider clock)
{
    private const string StaleEdit = "Someone else changed this offer since you opened it; reload to see their changes.";

    public async Task<Outcome<int>> CreateAsync(string userId, int providerId, ComputeOfferInput input, CancellationToken ct = default)
    {
        var provider = await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.Id == providerId, ct);
        if (provider is null || !await access.ActsForAsync(userId, providerId, ct))
        {
            return Outcome.NotFound("That provider does not exist.");
        }

        if (provider.Kind != ProfileKind.ComputeProvider)
        {
            return Outcome.Forbidden("Only compute providers place offers.");
        }

        var errors = ComputeOfferInput.Validate(input, Today);
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var offer = new ComputeOffer { Title = "", Accelerator = "", DataResidency = "", ProviderId = providerId, CreatedAt = now, UpdatedAt = now };
        input.ApplyTo(offer);
        await InTransactionAsync(async () =>
        {
            db.ComputeOffers.Add(offer);
            await db.SaveChangesAsync(ct);
            return await ledger.SyncAsync(offer, ct);
        }, ct);
        return Outcome.Done(offer.Id);
    }

    public async Task<Outcome> UpdateAsync(string userId, int offerId, ComputeOfferInput input, CancellationToken ct = default)
    {
        var offer = await db.ComputeOffers.FirstOrDefaultAsync(o => o.Id == offerId, ct);
        if (offer is null || !await access.ActsForAsync(userId, offer.ProviderId, ct))
        {
            return Outcome.NotFound("That offer does not exist.");
        }

        if (offer.Status == OfferStatus.Closed)
        {
            return Outcome.Conflict("The offer is closed; place a new one instead.");
        }

        if (input.Version is { } seen && seen != offer.Version)
        {
            return Outcome.Conflict(StaleEdit);
        }

        var errors = ComputeOfferInput.Validate(input);
        if (offer.AccessMode != input.AccessMode && await db.ComputeApplications.AnyAsync(a => a.OfferId == offerId, ct))
        {
            errors[nameof(ComputeOfferInput.AccessMode)] = ["People have applied under this access mode; it can't change now."];
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        input.ApplyTo(offer);
        offer.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        offer.Version++;
        string? refusal;
        try
        {
            refusal = await InTransactionAsync(async () =>
            {
                await db.SaveChangesAsync(ct);
                return await ledger.SyncAsync(offer, ct);
            }, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another save landed between our read and our write; its version refused this overwrite.
            db.ChangeTracker.Clear();
            return Outcome.Conflict(StaleEdit);
        }

        db.ChangeTracker.Clear();
        if (refusal is not null)
        {
            return Outcome.Invalid(nameof(ComputeOfferInput.GpuHoursPerMonth), refusal);
        }

        await live.PublishAsync(LiveAudience.SignedIn, new CapacityChanged(offerId), ct);
        return Outcome.Done();
    }

    /// <summary>Pauses, reopens or closes an offer. Allocations stay; a closed offer can't reopen.</summary>
    public async Task<Outcome> SetStatusAsync(string userId, int offerId, OfferStatus status, CancellationToken ct = default)
    {
        var offer = await db.ComputeOffers.FirstOrDefaultAsync(o => o.Id == offerId, ct);
        if (offer is null || !await access.ActsForAsync(userId, offer.ProviderId, ct))
        {
            return Outcome.NotFound("That offer does not exist.");
        }

        if (offer.Status == OfferStatus.Closed && status != OfferStatus.Closed)
        {
            return Outcome.Conflict("A closed offer stays closed; place a new one instead.");
        }

        if (status == OfferStatus.Open && offer.AvailableUntil < Today)
        {
            return Outcome.Conflict("The offer's window is over; extend it before reopening.");
        }

        offer.Status = status;
        offer.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        offer.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Outcome.Conflict(StaleEdit);
        }

        await live.PublishAsync(LiveAudience.SignedIn, new CapacityChanged(offerId), ct);
        return Outcome.Done();
    }

    /// <summary>The offer for its page; paused and closed offers are shown to everyone (with their state), so links keep working.</summary>
    public async Task<OfferView?> GetAsync(string? userId, int offerId, CancellationToken ct = default)
    {
        var offer = await db.ComputeOffers.AsNoTracking().Include(o => o.Provider).FirstOrDefaultAsync(o => o.Id == offerId, ct);
        if (offer is null)
        {
            return null;
        }

        var mine = await access.ApplicantsOfAsync(userId, ct);
        return new OfferView(offer, offer.Provider!.Name, await ledger.MonthsAsync(offerId, ct), ThisMonth,
            await access.ActsForAsync(userId, offer.ProviderId, ct),
            mine.Select(p => Applicant.Of(p)).Select(a => (a, Eligibility.Check(offer, a))).ToList());
    }

    /// <summary>Open offers, newest first, filtered; the eligibility filter checks the reader's own profile only.</summary>
    public async Task<OfferPage> SearchAsync(string? userId, OfferQuery query, CancellationToken ct = default)
    {
        var offers = db.ComputeOffers.AsNoTracking().Include(o => o.Provider).Where(o => o.Status == OfferStatus.Open && o.AvailableUntil >= Today);
        if (query.AccessMode is { } mode)
        {
            offers = offers.Where(o => o.AccessMode == mode);
        }

        if (!string.IsNullOrWhiteSpace(query.Accelerator))
        {
            var text = query.Accelerator.Trim().ToLowerInvariant();
#pragma warning disable CA1862, CA1304, CA1311 // translated to SQL LOWER(); culture-aware overloads do not translate
            offers = offers.Where(o => o.Accelerator.ToLower().Contains(text));
#pragma warning restore CA1862, CA1304, CA1311
        }

        if (query.Residency == ResidencyRequirement.Luxembourg)
        {
            offers = offers.Where(o => o.DataResidency == "LU");
        }

        var list = await offers.OrderByDescending(o => o.CreatedAt).ThenBy(o => o.Id).ToListAsync(ct);
        if (query.Residency == ResidencyRequirement.EuropeanUnion)
        {
            list = list.Where(o => Countries.Eu.Contains(o.DataResidency)).ToList();
        }

        if (query.EligibleFor is { } profileId)
        {
            var profile = (await access.ApplicantsOfAsync(userId, ct)).FirstOrDefault(p => p.Id == profileId);
            var applicant = profile is null ? null : Applicant.Of(profile);
            list = applicant is null ? [] : list.Where(o => Eligibility.Check(o, applicant).Eligible).ToList();
        }

        var free = await ledger.FreeInAsync(list.Select(o => o.Id).ToList(), ThisMonth, ct);
        var cards = list.Select(o => new OfferCard(o, o.Provider!.Name, free.GetValueOrDefault(o.Id), ThisMonth));
        if (query.MinFreeHours is { } min)
        {
            cards = cards.Where(c => c.FreeThisMonth >= min);
        }

        var all = cards.ToList();
        var size = Math.Clamp(query.PageSize, 1, 100);
        return new OfferPage(all.Skip(Math.Max(0, query.Page) * size).Take(size).ToList(), all.Count);
    }

    /// <summary>A provider's offers with this month's free hours, for its dashboard (members only).</summary>
    public async Task<Outcome<IReadOnlyList<OfferCard>>> OfProviderAsync(string userId, int providerId, CancellationToken ct = default)
    {
        var provider = await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.Id == providerId, ct);
        if (provider is null || !await access.ActsForAsync(userId, providerId, ct))
        {
            return Outcome.NotFound("That provider does not exist.");
        }

        var offers = await db.ComputeOffers.AsNoTracking().Where(o => o.ProviderId == providerId).OrderBy(o => o.Status).ThenBy(o => o.Title).ToListAsync(ct);
        var free = await ledger.FreeInAsync(offers.Select(o => o.Id).ToList(), ThisMonth, ct);
        return Outcome.Done<IReadOnlyList<OfferCard>>(offers.Select(o => new OfferCard(o, provider.Name, free.GetValueOrDefault(o.Id), ThisMonth)).ToList());
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private DateOnly ThisMonth => ComputeMonths.Of(Today);

    /// <summary>Runs the work in one transaction; a non-null result (a refusal) rolls it back.</summary>
    private async Task<string?> InTransactionAsync(Func<Task<string?>> work, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var refusal = await work();
            if (refusal is null)
            {
                await tx.CommitAsync(ct);
            }
            else
            {
                await tx.RollbackAsync(ct);
            }

            return refusal;
        });
    }
}
