namespace Hub.Core.Events;

/// <summary>What the big screen shows: the round running now (or the next one), when it ends or starts, and its table plan.</summary>
public sealed record BigScreen(string Title, string TimeZoneId, EventSlot? Round, bool Running, DateTime? CountdownTo, int Rounds, IReadOnlyList<ScreenTable> Tables);
