using System.Text.Json.Serialization;

namespace Hub.Matching.Evaluation;

public sealed record EvaluationReport(
    IReadOnlyList<string> TrainingEvents,
    IReadOnlyList<string> HoldoutEvents,
    int TrainingInteractions,
    int EvaluatedParticipants,
    string Target,
    IReadOnlyList<MethodResult> Methods,
    string? Note = null)
{
    [JsonIgnore]
    public MethodResult this[string method] => Methods.First(m => m.Method == method);
}
