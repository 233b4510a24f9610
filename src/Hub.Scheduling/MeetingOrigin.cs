namespace Hub.Scheduling;

/// <summary>Why a meeting is in the schedule.</summary>
public enum MeetingOrigin
{
    Proposed,
    Requested,
    Locked,
}
