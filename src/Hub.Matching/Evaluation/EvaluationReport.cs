using System.Text.Json.Serialization;

namespace Hub.Matching.Evaluation;

/// <param name="TrainingInteractions">Interactions the models trained on (under cross-validation: the mean per fold).</param>
/// <param name="EvaluatedParticipants">Participant lists ranked (under cross-validation: over all folds, each once).</param>
/// <param name="Folds">Each held-out part: one for a hold-out, K for K-fold cross-validation.</param>
public sealed record EvaluationReport(
    IReadOnlyList<string> TrainingEvents,
    IReadOnlyList<string> HoldoutEvents,
    int TrainingInteractions,
    int EvaluatedParticipants,
    string Target,
    IReadOnlyList<MethodResult> Methods,
    string? Note = null,
    IReadOnlyList<FoldResult>? Folds = null)
{
    [JsonIgnore]
    public MethodResult this[string method] => Methods.First(m => m.Method == method);
}
