using System.Text.Json;
using Hub.Web.Live;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Hub.Web.ScaleOut;

/// <summary>
/// Carries /hubs/live pushes between instances. The sender delivers to its own connections itself (SignalR's in-memory
/// lifetime manager) and then tells the others over Redis, which deliver to theirs. So local delivery never depends on
/// Redis, and a Redis outage costs only the cross-instance copies, which the store-first catch-up replaces (decision 016).
/// A sign-in revoked on one instance also closes that account's live connections on the others at once. When the link
/// comes back after an outage, this instance's open pages catch up on the notifications stored meanwhile.
/// </summary>
public sealed class LiveBackplane(
    RedisLink link, HubInstance instance, IHubContext<LiveHub> hub, LiveCircuits circuits, LiveSessions sessions,
    IOptions<JsonHubProtocolOptions> protocol, ILogger<LiveBackplane> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        link.On(BusMessage.Kinds.Push, DeliverAsync);
        link.CameUp += () => _ = CatchUpPagesAsync();
        link.On(BusMessage.Kinds.Revalidate, m => m.Users is { Count: 1 } users ? sessions.RevalidateHereAsync(users[0]) : Task.CompletedTask);
        sessions.UserRevalidated += Revalidate;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Tells the other instances to push <paramref name="payload"/> to these users (all connections when null).</summary>
    public void Forward(IReadOnlyCollection<string>? userIds, string eventName, object payload)
    {
        if (!link.IsConfigured)
        {
            return;
        }

        // Serialised as SignalR's JSON protocol serialises it, so the receiving instance forwards the same document.
        var json = JsonSerializer.SerializeToElement(payload, payload.GetType(), protocol.Value.PayloadSerializerOptions);
        link.Publish(new BusMessage(instance.BusId, BusMessage.Kinds.Push) { Users = userIds?.ToList(), Event = eventName, Payload = json });
    }

    /// <summary>Asks the other instances to recheck this account's live connections (after a sign-out everywhere or a password change).</summary>
    public void Revalidate(string userId)
    {
        if (link.IsConfigured)
        {
            link.Publish(new BusMessage(instance.BusId, BusMessage.Kinds.Revalidate) { Users = [userId] });
        }
    }

    private Task DeliverAsync(BusMessage message)
    {
        if (message.Event is null || message.Payload is not { } payload)
        {
            return Task.CompletedTask;
        }

        if (LivePayloadTypes.Of(message.Event) is { } type && payload.Deserialize(type, protocol.Value.PayloadSerializerOptions) is { } typed)
        {
            circuits.Deliver(message.Users, typed);
        }

        return message.Users is null
            ? hub.Clients.All.SendAsync(message.Event, payload)
            : hub.Clients.Groups(message.Users.Select(LiveHub.UserGroup).ToList()).SendAsync(message.Event, payload);
    }

    private async Task CatchUpPagesAsync()
    {
        try
        {
            await circuits.CatchUpAllAsync();
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Open pages could not catch up after the link between instances returned; they show the rest on reload.");
        }
    }
}
