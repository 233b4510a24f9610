using System.Security.Claims;
using Hub.Core.Notifications;
using Microsoft.AspNetCore.Authorization;
using SignalRHub = Microsoft.AspNetCore.SignalR.Hub;

namespace Hub.Web.Live;

/// <summary>
/// The one live channel, at /hubs/live (contract in docs/api.md). A connection joins its own user's group, decided by the
/// server from the authenticated user; clients cannot join other groups. What it receives are the features'
/// <see cref="Hub.Core.Live.ILivePayload"/> records, each under its event name. After a reconnect a client calls
/// <see cref="CatchUp"/> with the last notification id it saw.
/// </summary>
/// <remarks>
/// The hub is not typed over a client interface: pushes are typed by their payload records, so a new push is one record
/// and one publish call, not a method to add here as well (decision 006).
/// </remarks>
[Authorize]
public sealed class LiveHub(NotificationService notifications) : SignalRHub
{
    public static string UserGroup(string userId) => $"user:{userId}";

    public override async Task OnConnectedAsync()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, UserGroup(UserId));
        await base.OnConnectedAsync();
    }

    /// <summary>Every notification of the caller after <paramref name="lastSeenId"/>, oldest first (at most 200).</summary>
    public Task<IReadOnlyList<NotificationDto>> CatchUp(long lastSeenId) => notifications.AfterAsync(UserId, lastSeenId);

    /// <summary>The id of the caller's newest notification (0 when none): a client that has shown nothing yet starts after it.</summary>
    public Task<long> NewestNotificationId() => notifications.NewestIdAsync(UserId);

    /// <summary>How many of the caller's notifications are unread (for the bell's badge).</summary>
    public Task<int> Unread() => notifications.UnreadAsync(UserId);

    private string UserId => Context.User?.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new Microsoft.AspNetCore.SignalR.HubException("Not signed in.");
}
