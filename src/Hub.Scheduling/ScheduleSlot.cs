namespace Hub.Scheduling;

/// <summary>
/// A meeting slot with the number of tables free in it. Slots of one session follow each other without a pause, so
/// meetings in them count as consecutive for the forced break; a new session starts a new run.
/// </summary>
public sealed record ScheduleSlot(int Index, int Tables, int Session = 0);
