using System.Globalization;
using CsvHelper;
using Hub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Compute;

/// <summary>
/// What happens to allocated hours: the provider records usage per month (by hand or from a CSV file, all rows or
/// none), sees utilisation per month with the hours lost, and exports its allocations.
/// </summary>
public sealed class ComputeUsage(HubDbContext db, ComputeAccess access, TimeProvider clock)
{
    /// <summary>The columns a usage file needs (the allocations export has them, so it can be filled in and sent back).</summary>
    public static readonly IReadOnlyList<string> ImportColumns = ["application_id", "month", "used_hours"];

    public const int MaxImportRows = 10_000;

    public async Task<Outcome> RecordAsync(string userId, long allocationId, int usedHours, CancellationToken ct = default)
    {
        var allocation = await db.ComputeAllocations.FirstOrDefaultAsync(a => a.Id == allocationId, ct);
        if (allocation is null || !await access.ManagesOfferAsync(userId, allocation.OfferId, ct))
        {
            return Outcome.NotFound("That allocation does not exist.");
        }

        if (Refusal(allocation, usedHours) is { } refusal)
        {
            return Outcome.Invalid("UsedHours", refusal);
        }

        allocation.UsedHours = usedHours;
        await db.SaveChangesAsync(ct);
        return Outcome.Done();
    }

    /// <summary>
    /// Reads usage from CSV (application_id, month as yyyy-mm, used_hours). Every row is checked first; one bad row
    /// refuses the file with each problem by line, and nothing changes. The value is how many months were updated.
    /// </summary>
    public async Task<Outcome<int>> ImportAsync(string userId, int providerId, string csvText, CancellationToken ct = default)
    {
        if (!await access.ActsForAsync(userId, providerId, ct))
        {
            return Outcome.NotFound("That provider does not exist.");
        }

        var rows = new List<(long Line, long ApplicationId, DateOnly Month, int Used)>();
        var problems = new List<string>();
        try
        {
            using var csv = CsvReader.FromText(csvText, new CsvReaderOptions { TrackLineNumbers = true });
            var missing = ImportColumns.Where(c => !csv.TryGetFieldIndex(c, out _)).ToList();
            if (missing.Count > 0)
            {
                return Outcome.Invalid("File", $"The file needs the columns {string.Join(", ", ImportColumns)}; it lacks {string.Join(", ", missing)}.");
            }

            int idIndex = csv.GetFieldIndex("application_id"), monthIndex = csv.GetFieldIndex("month"), usedIndex = csv.GetFieldIndex("used_hours");
            while (csv.Read())
            {
                var line = csv.LineNumber;
                if (rows.Count + problems.Count >= MaxImportRows)
                {
                    return Outcome.Invalid("File", $"Import at most {MaxImportRows:#,0} rows at a time.");
                }

                var idText = csv.GetString(idIndex);
                var monthText = csv.GetString(monthIndex);
                var usedText = csv.GetString(usedIndex);
                if (!long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                {
                    problems.Add($"Line {line}: \"{idText}\" is not an application number.");
                }
                else if (!ComputeMonths.TryParseKey(monthText, out var month))
                {
                    problems.Add($"Line {line}: write the month as yyyy-mm (e.g. 2026-10), not \"{monthText}\".");
                }
                else if (!int.TryParse(usedText, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var used))
                {
                    problems.Add($"Line {line}: \"{usedText}\" is not a whole number of hours.");
                }
                else
                {
                    rows.Add((line, id, month, used));
                }
            }
        }
        catch (CsvFormatException e)
        {
            return Outcome.Invalid("File", $"The file is not valid CSV: {e.Message}");
        }

        if (rows.Count == 0 && problems.Count == 0)
        {
            return Outcome.Invalid("File", "The file has no rows of usage.");
        }

        var ids = rows.Select(r => r.ApplicationId).Distinct().ToList();
        var allocations = await db.ComputeAllocations
            .Where(a => ids.Contains(a.ApplicationId) && db.ComputeOffers.Any(o => o.Id == a.OfferId && o.ProviderId == providerId))
            .ToListAsync(ct);
        var byKey = allocations.ToDictionary(a => (a.ApplicationId, a.Month));
        var seen = new HashSet<(long, DateOnly)>();
        foreach (var row in rows)
        {
            if (!byKey.TryGetValue((row.ApplicationId, row.Month), out var allocation))
            {
                problems.Add($"Line {row.Line}: application {row.ApplicationId} has no allocation of yours in {ComputeMonths.Label(row.Month)}.");
            }
            else if (!seen.Add((row.ApplicationId, row.Month)))
            {
                problems.Add($"Line {row.Line}: application {row.ApplicationId} in {ComputeMonths.Label(row.Month)} appears twice.");
            }
            else if (Refusal(allocation, row.Used) is { } refusal)
            {
                problems.Add($"Line {row.Line}: {refusal}");
            }
        }

        if (problems.Count > 0)
        {
            return Outcome.Invalid(new Dictionary<string, string[]> { ["File"] = [.. problems.OrderBy(p => p, StringComparer.Ordinal).Take(50)] });
        }

        foreach (var row in rows)
        {
            byKey[(row.ApplicationId, row.Month)].UsedHours = row.Used;
        }

        await db.SaveChangesAsync(ct);
        return Outcome.Done(rows.Count);
    }

    /// <summary>Every month of every allocation on the provider's offers, newest month first.</summary>
    public async Task<Outcome<IReadOnlyList<AllocationRow>>> AllocationsAsync(string userId, int providerId, CancellationToken ct = default)
    {
        if (!await access.ActsForAsync(userId, providerId, ct))
        {
            return Outcome.NotFound("That provider does not exist.");
        }

        var thisMonth = ThisMonth;
        var rows = await (from a in db.ComputeAllocations.AsNoTracking()
                          join o in db.ComputeOffers on a.OfferId equals o.Id
                          join app in db.ComputeApplications on a.ApplicationId equals app.Id
                          join p in db.Profiles on app.ProfileId equals p.Id
                          where o.ProviderId == providerId
                          orderby a.Month descending, o.Title, p.Name
                          select new { a, o.Title, p.Name }).ToListAsync(ct);
        return Outcome.Done<IReadOnlyList<AllocationRow>>(rows.Select(r => new AllocationRow(r.a.Id, r.a.ApplicationId, r.a.OfferId, r.Title, r.Name,
            r.a.Month, r.a.ApprovedHours, r.a.UsedHours, r.a.ReleasedHours, r.a.Month < thisMonth)).ToList());
    }

    /// <summary>The allocations as CSV, with the import's columns first so the file can be filled in and imported back.</summary>
    public async Task<Outcome<string>> ExportAsync(string userId, int providerId, CancellationToken ct = default)
    {
        var rows = await AllocationsAsync(userId, providerId, ct);
        if (!rows.Succeeded)
        {
            return rows.As<string>();
        }

        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: true))
        {
            csv.WriteHeader(["application_id", "month", "used_hours", "offer", "applicant", "approved_hours", "released_hours", "lost_hours"]);
            foreach (var r in rows.Value!.OrderBy(r => r.Month).ThenBy(r => r.ApplicationId))
            {
                csv.WriteRecord([Num(r.ApplicationId), ComputeMonths.Key(r.Month), Num(r.UsedHours), r.OfferTitle, r.ApplicantName,
                    Num(r.ApprovedHours), Num(r.ReleasedHours), Num(r.LostHours)]);
            }
        }

        return Outcome.Done(text.ToString());
    }

    /// <summary>Capacity, allocation, use and losses per month over the provider's offers (or one of them).</summary>
    public async Task<Outcome<IReadOnlyList<MonthUse>>> UtilisationAsync(string userId, int providerId, int? offerId = null, CancellationToken ct = default)
    {
        if (!await access.ActsForAsync(userId, providerId, ct))
        {
            return Outcome.NotFound("That provider does not exist.");
        }

        var offers = db.ComputeOffers.Where(o => o.ProviderId == providerId && (offerId == null || o.Id == offerId)).Select(o => o.Id);
        var months = await db.ComputeOfferMonths.AsNoTracking().Where(m => offers.Contains(m.OfferId))
            .GroupBy(m => m.Month).Select(g => new { Month = g.Key, Capacity = g.Sum(m => m.CapacityHours), Allocated = g.Sum(m => m.AllocatedHours) })
            .ToListAsync(ct);
        var used = await db.ComputeAllocations.AsNoTracking().Where(a => offers.Contains(a.OfferId))
            .GroupBy(a => a.Month).Select(g => new { Month = g.Key, Used = g.Sum(a => a.UsedHours) }).ToDictionaryAsync(x => x.Month, x => x.Used, ct);
        var thisMonth = ThisMonth;
        return Outcome.Done<IReadOnlyList<MonthUse>>(months.OrderBy(m => m.Month)
            .Select(m => new MonthUse(m.Month, m.Capacity, m.Allocated, used.GetValueOrDefault(m.Month), m.Month < thisMonth)).ToList());
    }

    private string? Refusal(ComputeAllocation allocation, int used)
    {
        if (used < 0)
        {
            return "Usage can't be negative.";
        }

        if (allocation.Month > ThisMonth)
        {
            return $"{ComputeMonths.Label(allocation.Month)} hasn't started; record usage once it has.";
        }

        return used > allocation.ApprovedHours
            ? $"{ComputeLabels.Hours(used)} hours is more than the {ComputeLabels.Hours(allocation.ApprovedHours)} allocated in {ComputeMonths.Label(allocation.Month)}."
            : null;
    }

    private static string Num(long value) => value.ToString(CultureInfo.InvariantCulture);

    private DateOnly ThisMonth => ComputeMonths.Of(clock.GetUtcNow().UtcDateTime);
}
