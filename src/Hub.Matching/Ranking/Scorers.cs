using Hub.Matching.Features;

namespace Hub.Matching.Ranking;

/// <summary>Scores how much a seeker would want to meet a candidate, from the pair's features.</summary>
public interface IPairScorer
{
    /// <summary>"content" or "learned vN", shown to admins and stored with signals.</summary>
    string Name { get; }

    /// <summary>Interest in (0, 1): comparable across the two directions of a pair, so they can be combined.</summary>
    float Interest(ReadOnlySpan<float> features);

    /// <summary>How much each feature added to this pair's score, for the explanation.</summary>
    void Contributions(ReadOnlySpan<float> features, Span<float> contributions);

    /// <summary>Contributions for several pairs at once (a page of cards), one array per pair.</summary>
    IReadOnlyList<float[]> Contributions(IReadOnlyList<float[]> features)
    {
        var result = new List<float[]>(features.Count);
        foreach (var f in features)
        {
            var c = new float[PairFeatures.Count];
            Contributions(f, c);
            result.Add(c);
        }

        return result;
    }
}

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

/// <summary>
/// How both directions of a pair combine: a weighted harmonic mean, low when either side would not want the meeting.
/// The seeker's own interest weighs twice the other side's: whether they act on a card depends on them alone, whether
/// the meeting happens depends on both.
/// </summary>
public static class Reciprocal
{
    public const float ForwardWeight = 2f;
    public const float BackwardWeight = 1f;

    public static float Combine(float forward, float backward) =>
        forward <= 0 || backward <= 0 ? 0 : (ForwardWeight + BackwardWeight) / (ForwardWeight / forward + BackwardWeight / backward);
}
