using Hub.Core.Jobs;

namespace Hub.Core.Notifications;

/// <summary>Sends each user who chose a daily digest one summary a day of what their preferences held back.</summary>
public sealed class NotificationDigestJob(NotificationService notifications) : IPeriodicJob
{
    public string Name => "notifications.digest";

    /// <summary>Often enough that a digest goes out soon after a day has passed for each user; each user gets one a day.</summary>
    public TimeSpan Interval => TimeSpan.FromMinutes(15);

    public async Task<string> RunAsync(JobRun run, CancellationToken ct) => $"{await notifications.SendDigestsAsync(ct)} digests sent.";
}
