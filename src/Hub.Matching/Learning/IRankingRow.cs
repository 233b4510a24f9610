namespace Hub.Matching.Learning;

/// <summary>
/// A row the ranker learns from: a graded label, the list it belongs to and its feature vector. The vector's width is
/// taken from the rows at training time (<see cref="LambdaRank.Schema{TRow}"/>): 11 pair features for the hub, as many as
/// a past event's columns give for an export.
/// </summary>
public interface IRankingRow
{
    /// <summary>The graded label, 0 (nothing happened) to 4 (the best outcome).</summary>
    float Label { get; }

    /// <summary>Who ranks: LambdaRank compares rows within one group only.</summary>
    uint GroupId { get; }

    float[] Features { get; }
}
