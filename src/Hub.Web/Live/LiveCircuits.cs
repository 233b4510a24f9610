using System.Collections.Concurrent;

namespace Hub.Web.Live;

/// <summary>
/// The signed-in pages (Blazor circuits) open on this instance, by user. A push published here, or arriving from another
/// instance over the backplane, is handed to them in process, right where it is handed to this instance's /hubs/live
/// connections: same publish, same audience, no loopback socket per page (decision 017).
/// </summary>
public sealed class LiveCircuits(ILogger<LiveCircuits> logger)
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<LiveCircuit, byte>> _byUser = new(StringComparer.Ordinal);

    /// <summary>How many pages are attached (one user with three tabs counts three).</summary>
    public int Count => _byUser.Values.Sum(c => c.Count);

    public void Attach(string userId, LiveCircuit circuit) =>
        _byUser.GetOrAdd(userId, _ => new ConcurrentDictionary<LiveCircuit, byte>())[circuit] = 0;

    public void Detach(string userId, LiveCircuit circuit)
    {
        if (_byUser.TryGetValue(userId, out var circuits) && circuits.TryRemove(circuit, out _) && circuits.IsEmpty)
        {
            // Removes the user's entry only if no page attached in between (the pair must still match).
            _byUser.TryRemove(new KeyValuePair<string, ConcurrentDictionary<LiveCircuit, byte>>(userId, circuits));
        }
    }

    /// <summary>The pages of one user open here.</summary>
    public IReadOnlyList<LiveCircuit> Of(string userId) => _byUser.TryGetValue(userId, out var circuits) ? [.. circuits.Keys] : [];

    /// <summary>Hands <paramref name="payload"/> to the pages of these users, or of everyone when null.</summary>
    public void Deliver(IReadOnlyCollection<string>? userIds, object payload)
    {
        if (userIds is null)
        {
            foreach (var circuits in _byUser.Values)
            {
                DeliverTo(circuits, payload);
            }

            return;
        }

        foreach (var userId in userIds)
        {
            if (_byUser.TryGetValue(userId, out var circuits))
            {
                DeliverTo(circuits, payload);
            }
        }
    }

    /// <summary>
    /// Has every page fetch the notifications stored since the last one it saw: after Redis was away, pushes from other
    /// instances did not arrive, but their notifications were stored first.
    /// </summary>
    public async Task CatchUpAllAsync(CancellationToken ct = default)
    {
        var caughtUp = 0;
        foreach (var circuit in _byUser.Values.SelectMany(c => c.Keys).ToList())
        {
            ct.ThrowIfCancellationRequested();
            caughtUp += await circuit.CatchUpAsync(ct);
        }

        if (caughtUp > 0)
        {
            logger.LogInformation("Open pages caught up on {Count} notifications pushed while the link between instances was down.", caughtUp);
        }
    }

    private void DeliverTo(ConcurrentDictionary<LiveCircuit, byte> circuits, object payload)
    {
        foreach (var circuit in circuits.Keys)
        {
            try
            {
                circuit.Deliver(payload);
            }
            catch (Exception e)
            {
                // One page's handler failing must not keep the push from the user's other pages.
                logger.LogWarning(e, "A page's live handler failed for {Payload}.", payload.GetType().Name);
            }
        }
    }
}
