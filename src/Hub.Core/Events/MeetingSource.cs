namespace Hub.Core.Events;

/// <summary>Why a meeting is on the schedule.</summary>
public enum MeetingSource
{
    Proposed = 0,
    Requested = 1,
    Manual = 2,
    Repaired = 3,
}
