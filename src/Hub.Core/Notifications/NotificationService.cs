using System.Text.Json;
using Hub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Notifications;

/// <summary>What clients receive for a notification (also returned by catch-up).</summary>
public sealed record NotificationDto(long Id, string Type, string Title, string Body, string? Link, DateTime CreatedAt, bool Read, JsonElement Payload);

/// <summary>The one way a change reaches open clients; implemented over SignalR by the web host.</summary>
public interface ILivePublisher
{
    Task NotificationAsync(string userId, NotificationDto notification, CancellationToken ct = default);

    Task MessageAsync(IReadOnlyCollection<string> userIds, Introductions.MessageDto message, CancellationToken ct = default);

    Task ReadAsync(IReadOnlyCollection<string> userIds, Introductions.ReadReceiptDto receipt, CancellationToken ct = default);
}

/// <summary>Stores a notification first, then pushes it live unless the user's preferences hold it back.</summary>
public sealed class NotificationService(HubDbContext db, ILivePublisher publisher, TimeProvider clock)
{
    public async Task NotifyAsync(IEnumerable<string> userIds, NotificationType type, string title, string body, string? link, object payload, CancellationToken ct = default)
    {
        var users = userIds.Distinct().ToList();
        if (users.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var held = await HeldBackAsync(users, type, now, ct);
        var json = JsonSerializer.Serialize(payload, JsonSerializerOptions.Web);
        var stored = users.Select(u => new Notification
        {
            UserId = u, Type = type, Title = title, Body = body, Link = link, PayloadJson = json, CreatedAt = now, Pushed = !held.Contains(u),
        }).ToList();
        db.Notifications.AddRange(stored);
        await db.SaveChangesAsync(ct);

        foreach (var n in stored.Where(n => n.Pushed))
        {
            await publisher.NotificationAsync(n.UserId, ToDto(n), ct);
        }
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
                var budget = settings.FirstOrDefault(s => s.UserId == user)?.RecommendationBudgetPerDay ?? new NotificationSettings { UserId = user }.RecommendationBudgetPerDay;
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
        var digestUsers = await db.NotificationPreferences.AsNoTracking().Where(p => p.Delivery == DeliveryPreference.DailyDigest)
            .Select(p => p.UserId).Distinct().ToListAsync(ct);
        var sent = 0;
        foreach (var user in digestUsers)
        {
            if (await db.Notifications.AnyAsync(n => n.UserId == user && n.Type == NotificationType.Digest && n.CreatedAt >= dayAgo, ct))
            {
                continue;
            }

            var digestTypes = await db.NotificationPreferences.Where(p => p.UserId == user && p.Delivery == DeliveryPreference.DailyDigest)
                .Select(p => p.Type).ToListAsync(ct);
            var count = await db.Notifications.CountAsync(n => n.UserId == user && !n.Pushed && n.CreatedAt >= dayAgo && digestTypes.Contains(n.Type), ct);
            if (count == 0)
            {
                continue;
            }

            var digest = new Notification
            {
                UserId = user, Type = NotificationType.Digest, Title = $"Your daily digest: {count} update{(count == 1 ? "" : "s")}",
                Body = "Open your introductions to catch up.", Link = "/introductions", PayloadJson = JsonSerializer.Serialize(new { count }), CreatedAt = now,
                Pushed = true,
            };
            db.Notifications.Add(digest);
            await db.SaveChangesAsync(ct);
            await publisher.NotificationAsync(user, ToDto(digest), ct);
            sent++;
        }

        return sent;
    }

    public async Task<(IReadOnlyDictionary<NotificationType, DeliveryPreference> Preferences, NotificationSettings Settings)> PreferencesAsync(string userId, CancellationToken ct = default)
    {
        var preferences = await db.NotificationPreferences.AsNoTracking().Where(p => p.UserId == userId).ToDictionaryAsync(p => p.Type, p => p.Delivery, ct);
        var settings = await db.NotificationSettings.AsNoTracking().SingleOrDefaultAsync(s => s.UserId == userId, ct) ?? new NotificationSettings { UserId = userId };
        return (Enum.GetValues<NotificationType>().Where(t => t != NotificationType.Digest)
            .ToDictionary(t => t, t => preferences.GetValueOrDefault(t, DeliveryPreference.Live)), settings);
    }

    /// <summary>Saves preferences; returns an error message for bad input (and saves nothing then).</summary>
    public async Task<string?> SavePreferencesAsync(string userId, IReadOnlyDictionary<NotificationType, DeliveryPreference> preferences,
        int? quietFrom, int? quietTo, string timeZone, int recommendationBudget, bool shareEmail = true, CancellationToken ct = default)
    {
        if ((quietFrom is null) != (quietTo is null) || quietFrom is < 0 or > 23 || quietTo is < 0 or > 23)
        {
            return "Quiet hours need both a start and an end hour between 0 and 23.";
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _))
        {
            return $"Unknown time zone '{timeZone}'.";
        }

        if (recommendationBudget is < 0 or > 50)
        {
            return "The daily budget for recommendation notifications is between 0 and 50.";
        }

        if (preferences.Values.Any(p => !Enum.IsDefined(p)))
        {
            return "Unknown delivery choice.";
        }

        // One transaction: the old choices are replaced, never lost half-way.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.NotificationPreferences.Where(p => p.UserId == userId).ExecuteDeleteAsync(ct);
        db.NotificationPreferences.AddRange(preferences.Where(p => p.Value != DeliveryPreference.Live)
            .Select(p => new NotificationPreference { UserId = userId, Type = p.Key, Delivery = p.Value }));
        var settings = await db.NotificationSettings.SingleOrDefaultAsync(s => s.UserId == userId, ct);
        if (settings is null)
        {
            settings = new NotificationSettings { UserId = userId };
            db.NotificationSettings.Add(settings);
        }

        settings.QuietFrom = quietFrom;
        settings.QuietTo = quietTo;
        settings.TimeZone = timeZone;
        settings.RecommendationBudgetPerDay = recommendationBudget;
        settings.ShareEmailOnAcceptance = shareEmail;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return null;
    }

    /// <summary>Everything after the last notification a client saw, oldest first (catch-up after a reconnect).</summary>
    public async Task<IReadOnlyList<NotificationDto>> AfterAsync(string userId, long afterId, int take = 200, CancellationToken ct = default)
    {
        var rows = await db.Notifications.AsNoTracking().Where(n => n.UserId == userId && n.Id > afterId)
            .OrderBy(n => n.Id).Take(Math.Clamp(take, 1, 500)).ToListAsync(ct);
        return rows.Select(ToDto).ToList();
    }

    public Task<int> UnreadAsync(string userId, CancellationToken ct = default) =>
        db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, ct);

    public async Task MarkAllReadAsync(string userId, CancellationToken ct = default) =>
        await db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, clock.GetUtcNow().UtcDateTime), ct);

    public static NotificationDto ToDto(Notification n) =>
        new(n.Id, n.Type.ToString(), n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt is not null, JsonDocument.Parse(n.PayloadJson).RootElement.Clone());
}
