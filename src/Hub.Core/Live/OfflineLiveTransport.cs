namespace Hub.Core.Live;

/// <summary>
/// The transport when no web host serves /hubs/live (the command line, benchmarks): nobody is connected, and everything
/// a push would have carried is already stored for the next visit.
/// </summary>
public sealed class OfflineLiveTransport : ILiveTransport
{
    public Task SendAsync(IReadOnlyCollection<string> userIds, string eventName, object payload, CancellationToken ct = default) => Task.CompletedTask;

    public Task BroadcastAsync(string eventName, object payload, CancellationToken ct = default) => Task.CompletedTask;
}
