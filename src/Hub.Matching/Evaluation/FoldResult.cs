namespace Hub.Matching.Evaluation;

/// <summary>One held-out part of an evaluation: its events, what it was trained on, its figures and the learned model used.</summary>
public sealed record FoldResult(
    int Fold,
    IReadOnlyList<string> HoldoutEvents,
    int TrainingInteractions,
    int EvaluatedParticipants,
    IReadOnlyList<MethodResult> Methods,
    ModelChoice? Model);
