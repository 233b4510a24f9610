using Hub.Core.Live;
using Microsoft.AspNetCore.SignalR;

namespace Hub.Web.Live;

/// <summary>Carries pushes to the users' groups on /hubs/live through the hub context.</summary>
public sealed class SignalRLiveTransport(IHubContext<LiveHub> hub) : ILiveTransport
{
    public Task SendAsync(IReadOnlyCollection<string> userIds, string eventName, object payload, CancellationToken ct = default) =>
        hub.Clients.Groups(userIds.Select(LiveHub.UserGroup).ToList()).SendAsync(eventName, payload, ct);

    public Task BroadcastAsync(string eventName, object payload, CancellationToken ct = default) =>
        hub.Clients.All.SendAsync(eventName, payload, ct);
}
