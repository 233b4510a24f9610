using Hub.Matching.Learning;

namespace Hub.Matching.Evaluation;

/// <summary>
/// Past-event row for the generic model. Its feature vector is as wide as the export's columns make it; the width is set
/// at training time (<see cref="LambdaRank.Schema{TRow}"/>), not fixed by the type.
/// </summary>
internal sealed class EventPairRow : IRankingRow
{
    public float Label { get; set; }

    public uint GroupId { get; set; }

    public float[] Features { get; set; } = [];
}
