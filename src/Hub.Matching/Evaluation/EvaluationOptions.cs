namespace Hub.Matching.Evaluation;

public sealed record EvaluationOptions
{
    public IReadOnlyList<string> HoldoutEvents { get; init; } = [];

    public double HoldoutFraction { get; init; } = 0.2;

    public IReadOnlyList<int> K { get; init; } = [5, 10];

    public EvaluationTarget Target { get; init; } = EvaluationTarget.Mutual;

    public int Seed { get; init; } = 7;
}
