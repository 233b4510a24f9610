using Hub.Core.Jobs;
using Hub.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Core.Tests;

/// <summary>Notifications are kept for the retention period, then deleted, read or not.</summary>
public class NotificationRetentionTests : IAsyncLifetime
{
    private TestDatabase _db = default!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync(Worlds.Demo(), new Dictionary<string, string?> { ["Hub:Notifications:RetentionDays"] = "30" });

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task NotificationsOlderThanTheRetentionPeriodAreDeletedAndNewerOnesKept()
    {
        var sam = await _db.PersonAsync("startup@hub.demo");
        async Task NotifyAsync(string title)
        {
            await using var scope = _db.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<NotificationService>()
                .NotifyAsync([sam.UserId], NotificationType.MessageReceived, title, "Body", NotificationTarget.Inbox, new { });
        }

        await NotifyAsync("Old");
        _db.Clock.Advance(TimeSpan.FromDays(20));
        await NotifyAsync("Recent");
        _db.Clock.Advance(TimeSpan.FromDays(11));

        var report = await _db.QueryAsync(async c =>
        {
            var job = new NotificationRetentionJob(c, _db.Services.GetRequiredService<IOptions<NotificationRetention>>(), _db.Clock);
            return await job.RunAsync(new JobRun(null, _db.Clock.GetUtcNow().UtcDateTime), CancellationToken.None);
        });

        var left = await _db.QueryAsync(c => c.Notifications.Where(n => n.UserId == sam.UserId).Select(n => n.Title).ToListAsync());
        Assert.Equal(["Recent"], left);
        Assert.StartsWith("1 notifications older than", report, StringComparison.Ordinal);
    }
}
