namespace Hub.Core.Events;

/// <summary>A meeting of a generated draft, by registration ids, slot index and 0-based table.</summary>
public sealed record DraftMeeting(int A, int B, int Slot, int Table, double Weight, MeetingSource Source);
