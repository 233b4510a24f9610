using Hub.Core.Introductions;
using Hub.Core.Notifications;
using Microsoft.AspNetCore.SignalR;

namespace Hub.Web.Live;

/// <summary>Pushes stored changes to the users' groups through the hub context (with Redis configured, on every instance).</summary>
public sealed class SignalRLivePublisher(IHubContext<LiveHub, ILiveClient> hub) : ILivePublisher
{
    public Task NotificationAsync(string userId, NotificationDto notification, CancellationToken ct = default) =>
        hub.Clients.Group(LiveHub.UserGroup(userId)).Notification(notification);

    public Task MessageAsync(IReadOnlyCollection<string> userIds, MessageDto message, CancellationToken ct = default) =>
        hub.Clients.Groups(userIds.Select(LiveHub.UserGroup).ToList()).Message(message);

    public Task ReadAsync(IReadOnlyCollection<string> userIds, ReadReceiptDto receipt, CancellationToken ct = default) =>
        hub.Clients.Groups(userIds.Select(LiveHub.UserGroup).ToList()).Read(receipt);
}
