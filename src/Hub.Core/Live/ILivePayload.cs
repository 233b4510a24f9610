namespace Hub.Core.Live;

/// <summary>
/// A kind of live push, owned by the feature that sends it. <see cref="Event"/> is the name clients listen for on
/// /hubs/live; the record itself is what they receive (documented in docs/api.md, which a test keeps complete).
/// </summary>
public interface ILivePayload
{
    static abstract string Event { get; }
}
