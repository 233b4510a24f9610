namespace Hub.Core.Events;

/// <summary>A participant's published agenda for one of their registrations, with their check-in code and calendar feed token.</summary>
public sealed record Agenda(EventRegistration Registration, string ProfileName, IReadOnlyList<AgendaMeeting> Meetings);
