using Hub.Core.Profiles;

namespace Hub.Core.Live;

/// <summary>
/// The one way a stored change reaches open pages and clients: a feature writes first, then publishes one payload record
/// to an audience. Profile audiences are resolved to their current members here, from the one membership rule.
/// </summary>
public sealed class LivePublisher(ILiveTransport transport, ProfileAccess access)
{
    public async Task PublishAsync<T>(LiveAudience audience, T payload, CancellationToken ct = default) where T : ILivePayload
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (audience.Everyone)
        {
            await transport.BroadcastAsync(T.Event, payload, ct);
            return;
        }

        var users = audience.Profiles.Count == 0
            ? audience.Users
            : audience.Users.Concat(await access.MembersAsync(audience.Profiles, ct)).Distinct().ToList();
        if (users.Count > 0)
        {
            await transport.SendAsync(users, T.Event, payload, ct);
        }
    }
}
