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
