namespace Hub.Matching.Learning;

public sealed record TrainingOptions
{
    public int Trees { get; init; } = 50;

    public int Leaves { get; init; } = 16;

    public double LearningRate { get; init; } = 0.12;

    public int MinExamplesPerLeaf { get; init; } = 20;

    /// <summary>Share of seekers held out to measure NDCG@10 on lists the model never saw.</summary>
    public double HoldoutFraction { get; init; } = 0.2;

    public int Seed { get; init; } = 7;

    public bool ComputeImportance { get; init; } = true;
}
