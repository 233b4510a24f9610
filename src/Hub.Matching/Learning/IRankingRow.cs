namespace Hub.Matching.Learning;

/// <summary>
/// A row the ranker learns from: a graded label, the list it belongs to and its feature vector. Each row type declares
/// its vector's width with <c>[VectorType(n)]</c> on <see cref="Features"/>: 11 pair features for the hub, padded event
/// attributes for past events.
/// </summary>
public interface IRankingRow
{
    /// <summary>The graded label, 0 (nothing happened) to 4 (the best outcome).</summary>
    float Label { get; }

    /// <summary>Who ranks: LambdaRank compares rows within one group only.</summary>
    uint GroupId { get; }

    float[] Features { get; }
}
