namespace Hub.Core.Events;

/// <summary>Pure planning arithmetic: slots from sessions, and how many tables an event needs.</summary>
public static class EventPlanning
{
    /// <summary>Slots back to back inside each session: a meeting, then a break, while a whole meeting still fits.</summary>
    public static IReadOnlyList<(int Session, DateTime StartsAt, DateTime EndsAt)> Slots(
        IEnumerable<(DateTime StartsAt, DateTime EndsAt)> sessions, int meetingMinutes, int breakMinutes)
    {
        var slots = new List<(int, DateTime, DateTime)>();
        if (meetingMinutes <= 0)
        {
            return slots;
        }

        var session = 0;
        foreach (var (start, end) in sessions.OrderBy(s => s.StartsAt))
        {
            for (var t = start; t.AddMinutes(meetingMinutes) <= end && slots.Count <= EventRules.MaxSlots; t = t.AddMinutes(meetingMinutes + breakMinutes))
            {
                slots.Add((session, t, t.AddMinutes(meetingMinutes)));
            }

            session++;
        }

        return slots;
    }

    /// <summary>
    /// Tables = expected meetings ÷ slots + 15 % spare, where each participant expects as many meetings as they may
    /// have and the slots allow, and every meeting seats two.
    /// </summary>
    public static int SuggestedTables(int participants, int maxMeetings, int slots)
    {
        if (participants < 2 || slots <= 0)
        {
            return 1;
        }

        var expectedMeetings = participants * (double)Math.Min(maxMeetings, slots) / 2;
        var perSlot = Math.Min(expectedMeetings / slots, participants / 2);
        return Math.Max(1, (int)Math.Ceiling(perSlot * 1.15));
    }

    /// <summary>Tables numbered "Table 1" … "Table n": what an event has when the organiser gives a count, not names.</summary>
    public static IReadOnlyList<string> NumberedTables(int count) => [.. Enumerable.Range(1, Math.Max(0, count)).Select(i => $"Table {i}")];

    /// <summary>A table's name by its 0-based index; a table past the named list (a list shortened later) keeps its number.</summary>
    public static string TableName(IReadOnlyList<string> tables, int index) =>
        index >= 0 && index < tables.Count ? tables[index] : $"Table {index + 1}";

    /// <summary>The online link for a meeting, from the event's template.</summary>
    public static string? OnlineLink(string template, int eventId, string table, int slot) =>
        string.IsNullOrWhiteSpace(template)
            ? null
            : template.Replace("{event}", eventId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{table}", Uri.EscapeDataString(table), StringComparison.Ordinal)
                .Replace("{slot}", (slot + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
