using Hub.Core.Live;

namespace Hub.Core.Events;

/// <summary>Something the organisers' dashboard counts changed on the day (check-in, no-show); sent to the organisers (event "EventDayChanged").</summary>
public sealed record EventDayChanged(int EventId) : ILivePayload
{
    public static string Event => "EventDayChanged";
}
