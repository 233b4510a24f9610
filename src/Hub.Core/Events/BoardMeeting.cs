namespace Hub.Core.Events;

/// <summary>A draft meeting on the organisers' board.</summary>
public sealed record BoardMeeting(long Id, int A, string AName, int B, string BName, int Slot, int Table, bool Locked, MeetingSource Source, double Weight, bool Published);
