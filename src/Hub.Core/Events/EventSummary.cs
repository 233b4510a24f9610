namespace Hub.Core.Events;

/// <summary>An event in a list: when, where, how many take part, and the reader's relation to it.</summary>
public sealed record EventSummary(int Id, string Title, string Venue, DateTime? StartsAt, DateTime? EndsAt, string TimeZoneId, int Participants,
    bool RegistrationOpen, bool Organising, bool Registered);
