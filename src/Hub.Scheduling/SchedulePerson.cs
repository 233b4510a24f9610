namespace Hub.Scheduling;

/// <summary>A participant, the most meetings they take and the slots they cannot attend.</summary>
public sealed record SchedulePerson(string Id, int MaxMeetings, IReadOnlyList<int>? Unavailable = null);
