using System.Text.Json;

namespace Hub.Web.ScaleOut;

/// <summary>
/// What instances tell each other over Redis: a live push (<see cref="Kinds.Push"/>), a request to recheck a user's
/// live connections (<see cref="Kinds.Revalidate"/>), or a heartbeat. <see cref="Origin"/> names the sender, which
/// ignores its own messages (it has already acted locally) except heartbeats, which prove its subscription works.
/// </summary>
public sealed record BusMessage(string Origin, string Kind)
{
    /// <summary>The accounts a push is for; null for every connection.</summary>
    public IReadOnlyList<string>? Users { get; init; }

    public string? Event { get; init; }

    /// <summary>The pushed record, serialised as SignalR's JSON protocol would, so other instances forward it unchanged.</summary>
    public JsonElement? Payload { get; init; }

    public static class Kinds
    {
        public const string Push = "push";
        public const string Revalidate = "revalidate";
        public const string Heartbeat = "heartbeat";
    }
}
