namespace Hub.Core.Live;

/// <summary>Carries a push to the open connections of some accounts; the web host implements it over SignalR.</summary>
public interface ILiveTransport
{
    Task SendAsync(IReadOnlyCollection<string> userIds, string eventName, object payload, CancellationToken ct = default);

    /// <summary>Carries a push to every open connection (only signed-in users connect).</summary>
    Task BroadcastAsync(string eventName, object payload, CancellationToken ct = default);
}
