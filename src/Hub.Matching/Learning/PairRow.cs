using Hub.Matching.Features;
using Microsoft.ML.Data;

namespace Hub.Matching.Learning;

/// <summary>One training or scoring row: a (seeker, candidate) pair.</summary>
public sealed class PairRow : IRankingRow
{
    public float Label { get; set; }

    /// <summary>The seeker's id: LambdaRank compares candidates within one seeker's list.</summary>
    public uint GroupId { get; set; }

    /// <summary>The candidate's id (not a feature; kept so evaluations can look the pair up).</summary>
    public uint CandidateId { get; set; }

    [VectorType(PairFeatures.Count)]
    public float[] Features { get; set; } = new float[PairFeatures.Count];
}
