using Hub.Matching.Features;

namespace Hub.Matching.Ranking;

/// <summary>
/// The transparent cold-start score: a weighted sum of the features. Its explanation is exact: each reason is one term
/// of the sum. Weights are documented in docs/matching.md.
/// </summary>
public sealed class ContentScorer : IPairScorer
{
    public static readonly float[] DefaultWeights = Weights(
        (MatchFeature.SectorOverlap, 0.20f),
        (MatchFeature.DomainOverlap, 0.14f),
        (MatchFeature.TechnologyOverlap, 0.05f),
        (MatchFeature.TextSimilarity, 0.25f),
        (MatchFeature.IntentFit, 0.14f),
        (MatchFeature.StageFit, 0.10f),
        (MatchFeature.TicketFit, 0.08f),
        (MatchFeature.GeographyFit, 0.05f),
        (MatchFeature.ComputeFit, 0.15f),
        (MatchFeature.Responsiveness, 0.04f),
        (MatchFeature.Load, -0.05f));

    private readonly float[] _weights;

    public ContentScorer(float[]? weights = null) => _weights = weights ?? DefaultWeights;

    public string Name => "content";

    public float Interest(ReadOnlySpan<float> features)
    {
        float sum = 0;
        for (var i = 0; i < _weights.Length; i++)
        {
            sum += _weights[i] * features[i];
        }

        return Math.Clamp(sum, 1e-4f, 1f);
    }

    public void Contributions(ReadOnlySpan<float> features, Span<float> contributions)
    {
        for (var i = 0; i < _weights.Length; i++)
        {
            contributions[i] = _weights[i] * features[i];
        }
    }

    private static float[] Weights(params (MatchFeature Feature, float Weight)[] pairs)
    {
        var weights = new float[PairFeatures.Count];
        foreach (var (feature, weight) in pairs)
        {
            weights[(int)feature] = weight;
        }

        return weights;
    }
}
