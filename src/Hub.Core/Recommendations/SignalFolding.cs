using Hub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Core.Recommendations;

/// <summary>
/// Keeps impressions and views in bounded form: raw rows older than the retention period become one count per day,
/// seeker, candidate and kind, and the raw rows go. Each batch is one transaction, so a crash leaves every signal
/// counted exactly once, raw or folded.
/// </summary>
public sealed class SignalFolding(HubDbContext db, IOptions<RecommendationSignalOptions> options, TimeProvider clock)
{
    public const int BatchSize = 5_000;

    /// <summary>Folds every raw impression and view from before the retention period; returns how many raw rows went.</summary>
    public async Task<int> FoldAsync(CancellationToken ct = default)
    {
        // Whole UTC days only, so a day is never split between raw rows and its count.
        var cutoff = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(-Math.Max(1, options.Value.RawSignalDays)).ToDateTime(TimeOnly.MinValue);
        var folded = 0;
        while (true)
        {
            var batch = await Old(cutoff).OrderBy(s => s.Id).Take(BatchSize)
                .Select(s => new { s.Id, s.SeekerProfileId, s.CandidateProfileId, s.Kind, s.CreatedAt }).ToListAsync(ct);
            if (batch.Count == 0)
            {
                return folded;
            }

            var counts = batch.GroupBy(s => (Day: DateOnly.FromDateTime(s.CreatedAt), s.SeekerProfileId, s.CandidateProfileId, s.Kind))
                .ToDictionary(g => g.Key, g => g.Count());
            var days = counts.Keys.Select(k => k.Day).Distinct().ToList();
            var seekers = counts.Keys.Select(k => k.SeekerProfileId).Distinct().ToList();
            var lastId = batch[^1].Id;
            var strategy = db.Database.CreateExecutionStrategy();
            await strategy.ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var existing = (await db.DailySignalCounts.Where(c => days.Contains(c.Day) && seekers.Contains(c.SeekerProfileId)).ToListAsync(ct))
                    .ToDictionary(c => (c.Day, c.SeekerProfileId, c.CandidateProfileId, c.Kind));
                foreach (var (key, count) in counts)
                {
                    if (existing.TryGetValue(key, out var row))
                    {
                        row.Count += count;
                    }
                    else
                    {
                        db.DailySignalCounts.Add(new DailySignalCount
                        {
                            Day = key.Day, SeekerProfileId = key.SeekerProfileId, CandidateProfileId = key.CandidateProfileId, Kind = key.Kind, Count = count,
                        });
                    }
                }

                await db.SaveChangesAsync(ct);
                // The batch was the oldest ids matching the filter, so the same filter up to its last id deletes exactly it.
                await Old(cutoff).Where(s => s.Id <= lastId).ExecuteDeleteAsync(ct);
                await tx.CommitAsync(ct);
            });
            db.ChangeTracker.Clear();
            folded += batch.Count;
        }
    }

    private IQueryable<InteractionSignal> Old(DateTime cutoff) =>
        db.InteractionSignals.Where(s => (s.Kind == SignalKind.Impression || s.Kind == SignalKind.Viewed) && s.CreatedAt < cutoff);
}
