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

        var offOrDigest = await db.NotificationPreferences.AsNoTracking()
            .Where(p => users.Contains(p.UserId) && p.Type == type && p.Delivery != DeliveryPreference.Live)
            .Select(p => p.UserId).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var json = JsonSerializer.Serialize(payload, JsonSerializerOptions.Web);
        var stored = users.Select(u => new Notification
        {
            UserId = u, Type = type, Title = title, Body = body, Link = link, PayloadJson = json, CreatedAt = now, Pushed = !offOrDigest.Contains(u),
        }).ToList();
        db.Notifications.AddRange(stored);
        await db.SaveChangesAsync(ct);

        foreach (var n in stored.Where(n => n.Pushed))
        {
            await publisher.NotificationAsync(n.UserId, ToDto(n), ct);
        }
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
