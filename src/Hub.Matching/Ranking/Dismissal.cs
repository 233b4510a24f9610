using Hub.Core.Recommendations;

namespace Hub.Matching.Ranking;

/// <summary>A candidate the seeker dismissed, and why: later candidates like it in that respect rank lower.</summary>
public sealed record Dismissal(int CandidateId, DismissalReason Reason);
