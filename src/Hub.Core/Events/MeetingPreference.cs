namespace Hub.Core.Events;

/// <summary>How much a participant wants to meet another (one "no thanks" vetoes the pair).</summary>
public enum MeetingPreference
{
    NoThanks = -1,
    WouldLike = 1,
    MustMeet = 2,
}
