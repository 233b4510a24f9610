namespace Hub.Core.Events;

public enum MeetingStatus
{
    /// <summary>In the organisers' draft only.</summary>
    Draft = 0,

    /// <summary>On the participants' agendas.</summary>
    Published = 1,

    /// <summary>Was published, then dropped: calendars show it cancelled.</summary>
    Cancelled = 2,
}
