using Hub.Matching.Evaluation;

namespace Hub.Matching.Serving;

public sealed record ImportResult(
    EvaluationReport? Evaluation,
    int MatchedParticipants,
    int UnmatchedParticipants,
    int SignalsAdded,
    string? Error,
    string? Note = null);
