using System.Text.Json;
using Hub.Core.Data;
using Hub.Core.Live;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Notifications;

/// <summary>Stores notifications first, then pushes them live unless the user's preferences hold them back.</summary>
public sealed class NotificationService(HubDbContext db, LivePublisher live, TimeProvider clock)
{
    /// <summary>
    /// Adds notifications for the users to the current unit of work without saving, deciding now which ones their
    /// preferences hold back. Save, then call <see cref="PushAsync"/>.
    /// </summary>
    public Task<StagedNotifications> StageAsync(IEnumerable<string> userIds, NotificationType type, string title, string body,
        NotificationTarget target, object payload, CancellationToken ct = default) =>
        StageAsync(userIds, type, title, body, target, payload, new StagedNotifications(), ct);

    /// <summary>As the other overload, adding to notifications already staged in the same unit of work.</summary>
    public async Task<StagedNotifications> StageAsync(IEnumerable<string> userIds, NotificationType type, string title, string body,
        NotificationTarget target, object payload, StagedNotifications staged, CancellationToken ct = default)
    {
        var users = userIds.Distinct().ToList();
        if (users.Count == 0)
        {
            return staged;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var held = await HeldBackAsync(users, type, now, ct);
        var json = JsonSerializer.Serialize(payload, JsonSerializerOptions.Web);
        foreach (var user in users)
        {
            var notification = new Notification
            {
                UserId = user, Type = type, Title = title, Body = body, Target = target, PayloadJson = json, CreatedAt = now, Pushed = !held.Contains(user),
            };
            db.Notifications.Add(notification);
            staged.Items.Add(notification);
        }

        return staged;
    }

    /// <summary>Pushes the saved notifications that preferences did not hold back, each to its user.</summary>
    public async Task PushAsync(StagedNotifications staged, CancellationToken ct = default)
    {
        foreach (var n in staged.Items.Where(n => n.Pushed))
        {
            await live.PublishAsync(LiveAudience.User(n.UserId), NotificationDto.From(n), ct);
        }
    }

    /// <summary>Stores and pushes in one go, for work that has nothing else to save with it.</summary>
    public async Task NotifyAsync(IEnumerable<string> userIds, NotificationType type, string title, string body, NotificationTarget target,
        object payload, CancellationToken ct = default)
    {
        var staged = await StageAsync(userIds, type, title, body, target, payload, ct);
        if (staged.Count == 0)
        {
            return;
        }

        await db.SaveChangesAsync(ct);
        await PushAsync(staged, ct);
    }

    /// <summary>
    /// Users whose preferences hold this notification back from a live push: the type is off or in the daily digest,
    /// it is their quiet hours, or (for recommendations) today's budget is spent. Held-back notifications are still stored.
    /// </summary>
    private async Task<HashSet<string>> HeldBackAsync(List<string> users, NotificationType type, DateTime now, CancellationToken ct)
    {
        var held = (await db.NotificationPreferences.AsNoTracking()
            .Where(p => users.Contains(p.UserId) && p.Type == type && p.Delivery != DeliveryPreference.Live)
            .Select(p => p.UserId).ToListAsync(ct)).ToHashSet();
        var settings = await db.NotificationSettings.AsNoTracking().Where(s => users.Contains(s.UserId)).ToListAsync(ct);
        foreach (var s in settings.Where(s => s.InQuietHours(now)))
        {
            held.Add(s.UserId);
        }

        if (type == NotificationType.Recommendation)
        {
            var dayAgo = now.AddDays(-1);
            var pushed = await db.Notifications.AsNoTracking()
                .Where(n => users.Contains(n.UserId) && n.Type == NotificationType.Recommendation && n.Pushed && n.CreatedAt >= dayAgo)
                .GroupBy(n => n.UserId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
            foreach (var user in users)
            {
                var budget = settings.FirstOrDefault(s => s.UserId == user)?.RecommendationBudgetPerDay ?? NotificationSettings.DefaultRecommendationBudget;
                if (pushed.GetValueOrDefault(user) >= budget)
                {
                    held.Add(user);
                }
            }
        }

        return held;
    }

    /// <summary>
    /// Once a day per user: one live "digest" notification summing up what digest preferences held back in the last day.
    /// Returns how many digests were sent.
    /// </summary>
    public async Task<int> SendDigestsAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var dayAgo = now.AddDays(-1);
        var digestTypes = (await db.NotificationPreferences.AsNoTracking().Where(p => p.Delivery == DeliveryPreference.DailyDigest)
                .Select(p => new { p.UserId, p.Type }).ToListAsync(ct))
            .GroupBy(p => p.UserId).ToDictionary(g => g.Key, g => g.Select(p => p.Type).ToList());
        var users = digestTypes.Keys.ToList();
        var quiet = (await db.NotificationSettings.AsNoTracking().Where(s => users.Contains(s.UserId)).ToListAsync(ct))
            .Where(s => s.InQuietHours(now)).Select(s => s.UserId).ToHashSet();
        var sent = 0;
        foreach (var (user, types) in digestTypes)
        {
            // A digest is itself a live push: it waits for the end of the user's quiet hours.
            if (quiet.Contains(user) || await db.Notifications.AnyAsync(n => n.UserId == user && n.Type == NotificationType.Digest && n.CreatedAt >= dayAgo, ct))
            {
                continue;
            }

            var count = await db.Notifications.CountAsync(n => n.UserId == user && !n.Pushed && n.CreatedAt >= dayAgo && types.Contains(n.Type), ct);
            if (count == 0)
            {
                continue;
            }

            var digest = new Notification
            {
                UserId = user, Type = NotificationType.Digest, Title = $"Your daily digest: {count} update{(count == 1 ? "" : "s")}",
                Body = "Open your introductions to catch up.", Target = NotificationTarget.Inbox, PayloadJson = JsonSerializer.Serialize(new { count }),
                CreatedAt = now, Pushed = true,
            };
            db.Notifications.Add(digest);
            await db.SaveChangesAsync(ct);
            await live.PublishAsync(LiveAudience.User(user), NotificationDto.From(digest), ct);
            sent++;
        }

        return sent;
    }

    /// <summary>Everything after the last notification a client saw, oldest first (catch-up after a reconnect).</summary>
    public async Task<IReadOnlyList<NotificationDto>> AfterAsync(string userId, long afterId, int take = 200, CancellationToken ct = default)
    {
        var rows = await db.Notifications.AsNoTracking().Where(n => n.UserId == userId && n.Id > afterId)
            .OrderBy(n => n.Id).Take(Math.Clamp(take, 1, 500)).ToListAsync(ct);
        return rows.Select(NotificationDto.From).ToList();
    }

    /// <summary>The id of the user's newest notification (0 when there is none): where a freshly opened page starts.</summary>
    public async Task<long> NewestIdAsync(string userId, CancellationToken ct = default) =>
        await db.Notifications.Where(n => n.UserId == userId).MaxAsync(n => (long?)n.Id, ct) ?? 0;

    public Task<int> UnreadAsync(string userId, CancellationToken ct = default) =>
        db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, ct);

    public async Task MarkAllReadAsync(string userId, CancellationToken ct = default) =>
        await db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, clock.GetUtcNow().UtcDateTime), ct);
}
