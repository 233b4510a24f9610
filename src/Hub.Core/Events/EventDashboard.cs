namespace Hub.Core.Events;

/// <summary>The organisers' live view of the day.</summary>
public sealed record EventDashboard(int Approved, int CheckedIn, EventSlot? CurrentSlot, EventSlot? NextSlot, int MeetingsRunning, int TablesFree, int NoShows,
    IReadOnlyList<RegistrationRow> NotCheckedIn);
