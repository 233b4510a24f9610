using Hub.Core.Live;
using Hub.Web.ScaleOut;
using Microsoft.AspNetCore.SignalR;

namespace Hub.Web.Live;

/// <summary>
/// Carries pushes to the users' groups on /hubs/live: to this instance's connections through the hub context, then to
/// the other instances' through the <see cref="LiveBackplane"/> when Redis is configured (never waiting for it).
/// </summary>
public sealed class SignalRLiveTransport(IHubContext<LiveHub> hub, LiveBackplane backplane) : ILiveTransport
{
    public async Task SendAsync(IReadOnlyCollection<string> userIds, string eventName, object payload, CancellationToken ct = default)
    {
        await hub.Clients.Groups(userIds.Select(LiveHub.UserGroup).ToList()).SendAsync(eventName, payload, ct);
        backplane.Forward(userIds, eventName, payload);
    }

    public async Task BroadcastAsync(string eventName, object payload, CancellationToken ct = default)
    {
        await hub.Clients.All.SendAsync(eventName, payload, ct);
        backplane.Forward(null, eventName, payload);
    }
}
