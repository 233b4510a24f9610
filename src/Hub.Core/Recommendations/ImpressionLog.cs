using Hub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Recommendations;

/// <summary>
/// Records which candidates a viewer's "For you" lists showed. An impression counts once per viewer profile, candidate
/// and UTC day: reloading the page cannot inflate a competitor's exposure and so demote it. The database holds the rule
/// (a unique index on the day), also when two reloads race.
/// </summary>
public sealed class ImpressionLog(HubDbContext db, TimeProvider clock)
{
    private const int Attempts = 3;

    /// <summary>Records the impressions not yet counted today; returns how many were new.</summary>
    public async Task<int> RecordAsync(string userId, int seekerId, IEnumerable<int> candidates, CancellationToken ct = default)
    {
        var shown = candidates.Where(c => c != seekerId).Distinct().ToList();
        if (shown.Count == 0)
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var day = DateOnly.FromDateTime(now);
        for (var attempt = 1; ; attempt++)
        {
            List<InteractionSignal> fresh = [];
            try
            {
                var strategy = db.Database.CreateExecutionStrategy();
                return await strategy.ExecuteAsync(async () =>
                {
                    await using var tx = await db.Database.BeginTransactionAsync(ct);
                    var counted = await db.InteractionSignals
                        .Where(s => s.SeekerProfileId == seekerId && s.ImpressionDay == day && shown.Contains(s.CandidateProfileId))
                        .Select(s => s.CandidateProfileId).ToListAsync(ct);
                    fresh = shown.Except(counted).Select(c => new InteractionSignal
                    {
                        SeekerProfileId = seekerId, CandidateProfileId = c, Kind = SignalKind.Impression, UserId = userId, Source = "app",
                        CreatedAt = now, ImpressionDay = day,
                    }).ToList();
                    db.InteractionSignals.AddRange(fresh);
                    await db.SaveChangesAsync(ct);
                    await tx.CommitAsync(ct);
                    return fresh.Count;
                });
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // A concurrent reload counted some of them first (possible where transactions do not serialise writers,
                // as on PostgreSQL): forget this batch and look again.
                foreach (var signal in fresh)
                {
                    db.Entry(signal).State = EntityState.Detached;
                }
            }
        }
    }
}
