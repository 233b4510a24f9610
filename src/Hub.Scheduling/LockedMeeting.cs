namespace Hub.Scheduling;

/// <summary>A meeting the organiser fixed in a slot, at a given table or (null) at any free one.</summary>
public sealed record LockedMeeting(string A, string B, int Slot, int? Table = null, double Weight = 0);
