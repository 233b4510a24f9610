using Hub.Core.Recommendations;

namespace Hub.Matching.Learning;

/// <summary>A signal as the trainer reads it.</summary>
public readonly record struct LabelSignal(int SeekerId, int CandidateId, SignalKind Kind);
