using System.Security.Claims;
using Hub.Core.Introductions;
using Hub.Core.Notifications;
using Microsoft.AspNetCore.Authorization;
using SignalRHub = Microsoft.AspNetCore.SignalR.Hub<Hub.Web.Live.ILiveClient>;

namespace Hub.Web.Live;

/// <summary>What the server calls on connected clients (contract in docs/api.md).</summary>
public interface ILiveClient
{
    /// <summary>A stored notification, pushed as soon as it is written.</summary>
    Task Notification(NotificationDto notification);

    /// <summary>A new message in a conversation the user takes part in.</summary>
    Task Message(MessageDto message);

    /// <summary>Someone read a conversation the user takes part in up to a message.</summary>
    Task Read(ReadReceiptDto receipt);
}

/// <summary>
/// The one live channel, at /hubs/live. A connection joins its own user's group, decided by the server from the
/// authenticated user; clients cannot join other groups. After a reconnect a client calls <see cref="CatchUp"/> with the
/// last notification id it saw.
/// </summary>
[Authorize]
public sealed class LiveHub(NotificationService notifications, Hub.Core.Profiles.ProfileReader profiles) : SignalRHub
{
    public static string UserGroup(string userId) => $"user:{userId}";

    public static string ProfileGroup(int profileId) => $"profile:{profileId}";

    public override async Task OnConnectedAsync()
    {
        // Groups are decided here from the authenticated user: the user's own, and one per profile the user manages.
        await Groups.AddToGroupAsync(Context.ConnectionId, UserGroup(UserId));
        foreach (var profile in await profiles.ManagedByAsync(UserId))
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, ProfileGroup(profile.Id));
        }

        await base.OnConnectedAsync();
    }

    /// <summary>Every notification of the caller after <paramref name="lastSeenId"/>, oldest first (at most 200).</summary>
    public Task<IReadOnlyList<NotificationDto>> CatchUp(long lastSeenId) => notifications.AfterAsync(UserId, lastSeenId);

    /// <summary>How many of the caller's notifications are unread (for the bell's badge).</summary>
    public Task<int> Unread() => notifications.UnreadAsync(UserId);

    private string UserId => Context.User?.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new Microsoft.AspNetCore.SignalR.HubException("Not signed in.");
}
