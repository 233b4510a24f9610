namespace Hub.Scheduling;

/// <summary>One meeting of the schedule: who, which slot, which table (0-based), what it is worth and why it is there.</summary>
public sealed record ScheduledMeeting(string A, string B, int Slot, int Table, double Weight, MeetingOrigin Origin);
