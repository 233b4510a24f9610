namespace Hub.Matching.Evaluation;

/// <summary>
/// The hyper-parameters the learned model trained with, and their mean NDCG on the inner validation events (NaN when
/// there was no search: too few training events, or the search was off).
/// </summary>
public sealed record ModelChoice(int Trees, int Leaves, int MinExamplesPerLeaf, double LearningRate, double FeatureFraction, double ValidationNdcg)
{
    public override string ToString() =>
        FormattableString.Invariant($"{Trees} trees, {Leaves} leaves, ≥ {MinExamplesPerLeaf} per leaf, rate {LearningRate}, feature fraction {FeatureFraction}") +
        (double.IsNaN(ValidationNdcg) ? "" : FormattableString.Invariant($" (inner NDCG {ValidationNdcg:F3})"));
}
