using System.Collections.Frozen;
using System.Reflection;
using Hub.Core.Live;

namespace Hub.Web.Live;

/// <summary>
/// The payload record behind each live event name, so a push that crossed instances as JSON reaches this instance's
/// pages as the same typed record the sender published.
/// </summary>
public static class LivePayloadTypes
{
    private static readonly FrozenDictionary<string, Type> ByEvent = new[] { typeof(ILivePayload).Assembly, typeof(LivePayloadTypes).Assembly }
        .Distinct()
        .SelectMany(a => a.GetTypes())
        .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(ILivePayload).IsAssignableFrom(t))
        .ToFrozenDictionary(EventOf, t => t, StringComparer.Ordinal);

    /// <summary>The record published under <paramref name="eventName"/>, or null for a name this build does not know.</summary>
    public static Type? Of(string eventName) => ByEvent.GetValueOrDefault(eventName);

    public static IReadOnlyCollection<string> Events => ByEvent.Keys;

    private static string EventOf(Type payload) =>
        (string)payload.GetProperty(nameof(ILivePayload.Event), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
}
