namespace Hub.Core.Events;

/// <summary>An approved participant on the board with the number of draft meetings they have.</summary>
public sealed record BoardParticipant(int RegistrationId, int ProfileId, string Name, int Meetings, bool CheckedIn);
