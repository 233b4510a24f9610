namespace Hub.Scheduling;

/// <summary>Two people who could meet and what the meeting is worth.</summary>
public sealed record CandidatePair(string A, string B, double Weight);
