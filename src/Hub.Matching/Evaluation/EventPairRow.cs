using Hub.Matching.Learning;
using Microsoft.ML.Data;

namespace Hub.Matching.Evaluation;

/// <summary>Past-event row for the generic model: the features are padded to a fixed width.</summary>
internal sealed class EventPairRow : IRankingRow
{
    public const int Width = 64;

    public float Label { get; set; }

    public uint GroupId { get; set; }

    [VectorType(Width)]
    public float[] Features { get; set; } = new float[Width];
}
