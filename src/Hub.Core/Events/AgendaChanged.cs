using Hub.Core.Live;

namespace Hub.Core.Events;

/// <summary>
/// A participant's agenda changed (schedule published, a meeting moved, a no-show re-paired): open agenda pages reload
/// it (event "AgendaChanged"). Sent to the members of the participants' profiles.
/// </summary>
public sealed record AgendaChanged(int EventId, string Reason) : ILivePayload
{
    public static string Event => "AgendaChanged";
}
