using System.Collections.Concurrent;
using Hub.Core.Live;

namespace Hub.Core.Tests;

/// <summary>A live transport that keeps every push it was given, so tests can see who would have received what.</summary>
public sealed class RecordingLiveTransport : ILiveTransport
{
    private readonly ConcurrentQueue<(string UserId, string Event, object Payload)> _sent = new();

    public IReadOnlyList<(string UserId, string Event, object Payload)> Sent => [.. _sent];

    /// <summary>The payloads of one type that reached one user, in order.</summary>
    public IReadOnlyList<T> To<T>(string userId) => _sent.Where(s => s.UserId == userId).Select(s => s.Payload).OfType<T>().ToList();

    public Task SendAsync(IReadOnlyCollection<string> userIds, string eventName, object payload, CancellationToken ct = default)
    {
        foreach (var user in userIds)
        {
            _sent.Enqueue((user, eventName, payload));
        }

        return Task.CompletedTask;
    }

    /// <summary>Broadcasts are kept under the user id "*".</summary>
    public Task BroadcastAsync(string eventName, object payload, CancellationToken ct = default)
    {
        _sent.Enqueue((Everyone, eventName, payload));
        return Task.CompletedTask;
    }

    public const string Everyone = "*";
}
