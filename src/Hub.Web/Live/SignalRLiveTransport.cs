using Hub.Core.Live;
using Hub.Web.ScaleOut;
using Microsoft.AspNetCore.SignalR;

namespace Hub.Web.Live;

/// <summary>
/// Carries pushes to the users' open pages and /hubs/live connections on this instance (pages in process, connections
/// through the hub context), then to the other instances' through the <see cref="LiveBackplane"/> when Redis is
/// configured (never waiting for it).
/// </summary>
public sealed class SignalRLiveTransport(IHubContext<LiveHub> hub, LiveCircuits circuits, LiveBackplane backplane) : ILiveTransport
{
    public async Task SendAsync(IReadOnlyCollection<string> userIds, string eventName, object payload, CancellationToken ct = default)
    {
        circuits.Deliver(userIds, payload);
        await hub.Clients.Groups(userIds.Select(LiveHub.UserGroup).ToList()).SendAsync(eventName, payload, ct);
        backplane.Forward(userIds, eventName, payload);
    }

    public async Task BroadcastAsync(string eventName, object payload, CancellationToken ct = default)
    {
        circuits.Deliver(null, payload);
        await hub.Clients.All.SendAsync(eventName, payload, ct);
        backplane.Forward(null, eventName, payload);
    }
}
