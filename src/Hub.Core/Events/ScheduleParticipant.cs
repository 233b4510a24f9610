namespace Hub.Core.Events;

/// <summary>An approved participant as the scheduler sees them.</summary>
/// <param name="Unanswered">Requests to them that expired without an answer: unresponsive people rank lower.</param>
public sealed record ScheduleParticipant(int RegistrationId, int ProfileId, IReadOnlyList<int> Unavailable, int MaxMeetings, int Unanswered);
