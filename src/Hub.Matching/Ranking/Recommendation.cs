namespace Hub.Matching.Ranking;

/// <summary>
/// A ranked candidate: the ranking score (after dismissal feedback and load balancing), the match itself (both directions
/// combined, what people are shown), the two directions, and the reasons in words.
/// </summary>
public sealed record Recommendation(int CandidateId, float Score, float Match, float Forward, float Backward, IReadOnlyList<MatchReason> Reasons);
