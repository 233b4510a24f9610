using Hub.Core.Data;
using Hub.Core.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Core.Notifications;

/// <summary>
/// Deletes notifications past the retention period, so the store does not grow without bound and people's history of
/// who wrote to them when is not kept longer than it is useful. Batched, so one run never holds the database long.
/// </summary>
public sealed class NotificationRetentionJob(HubDbContext db, IOptions<NotificationRetention> options, TimeProvider clock) : IPeriodicJob
{
    private const int Batch = 5_000;

    public string Name => "notifications.retention";

    public TimeSpan Interval => TimeSpan.FromHours(6);

    public async Task<string> RunAsync(JobRun run, CancellationToken ct)
    {
        var before = clock.GetUtcNow().UtcDateTime.AddDays(-Math.Max(1, options.Value.RetentionDays));
        var deleted = 0;
        while (true)
        {
            var ids = await db.Notifications.Where(n => n.CreatedAt < before).OrderBy(n => n.Id).Select(n => n.Id).Take(Batch).ToListAsync(ct);
            if (ids.Count == 0)
            {
                return $"{deleted} notifications older than {before:yyyy-MM-dd} deleted.";
            }

            deleted += await db.Notifications.Where(n => ids.Contains(n.Id)).ExecuteDeleteAsync(ct);
        }
    }
}
