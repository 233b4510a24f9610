using Hub.Core.Recommendations;

namespace Hub.Matching.Learning;

/// <summary>One generated interaction.</summary>
public sealed record SyntheticSignal(int SeekerId, int CandidateId, SignalKind Kind, DismissalReason? Reason);
