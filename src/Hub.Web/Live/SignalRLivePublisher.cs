using Hub.Core.Introductions;
using Hub.Core.Notifications;
using Microsoft.AspNetCore.SignalR;

namespace Hub.Web.Live;

/// <summary>Pushes stored changes to the users' groups through the hub context (with Redis configured, on every instance).</summary>
public sealed class SignalRLivePublisher(IHubContext<LiveHub, ILiveClient> hub, LiveEvents events) : ILivePublisher
{
    public async Task NotificationAsync(string userId, NotificationDto notification, CancellationToken ct = default)
    {
        await hub.Clients.Group(LiveHub.UserGroup(userId)).Notification(notification);
        events.Raise(userId, notification);
    }

    public async Task MessageAsync(IReadOnlyCollection<string> userIds, MessageDto message, CancellationToken ct = default)
    {
        await hub.Clients.Groups(userIds.Select(LiveHub.UserGroup).ToList()).Message(message);
        foreach (var user in userIds)
        {
            events.Raise(user, message);
        }
    }
}

/// <summary>
/// In-process fan-out of the same pushes to this instance's Blazor circuits (they live on the server and have no
/// browser SignalR connection of their own to the hub).
/// </summary>
public sealed class LiveEvents
{
    public event Action<string, object>? Published;

    public void Raise(string userId, object payload) => Published?.Invoke(userId, payload);
}
