namespace Hub.Matching.Learning;

public sealed record TrainingOptions
{
    public int Trees { get; init; } = 50;

    public int Leaves { get; init; } = 16;

    public double LearningRate { get; init; } = 0.12;

    public int MinExamplesPerLeaf { get; init; } = 20;

    /// <summary>Share of the features each tree may split on (LightGBM's feature_fraction); 1 = all, as the hub trains.</summary>
    public double FeatureFraction { get; init; } = 1;

    /// <summary>Share of seekers held out to measure NDCG@10 on lists the model never saw.</summary>
    public double HoldoutFraction { get; init; } = 0.2;

    public int Seed { get; init; } = 7;

    public bool ComputeImportance { get; init; } = true;
}
