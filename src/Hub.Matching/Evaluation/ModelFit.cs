using Hub.Matching.Learning;

namespace Hub.Matching.Evaluation;

/// <summary>One model fitted during an evaluation: what for, on which events, and which events it must not have seen.</summary>
/// <param name="Purpose"><c>search</c> (a candidate scored on validation events) or <c>final</c> (the model that ranks the held-out events).</param>
public sealed record ModelFit(
    string Purpose,
    IReadOnlyList<string> HeldOutEvents,
    IReadOnlyList<string> TrainedOn,
    IReadOnlyList<string> ValidatedOn,
    TrainingOptions Options);
