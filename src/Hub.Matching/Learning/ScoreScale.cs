namespace Hub.Matching.Learning;

/// <summary>
/// Mean and standard deviation of a model's raw scores on its training rows: the calibration that turns a raw ranking
/// score into interest, centred whatever the trees' offset.
/// </summary>
public sealed record ScoreScale(double Mean, double Spread)
{
    /// <summary>No calibration: raw scores squashed as they are.</summary>
    public static readonly ScoreScale Unit = new(0, 1);

    /// <summary>The scale of the given raw scores (sample standard deviation; a flat model keeps a spread of 1).</summary>
    public static ScoreScale Of(IEnumerable<float> rawScores)
    {
        var raw = rawScores.Select(r => (double)r).ToList();
        if (raw.Count < 2)
        {
            return Unit;
        }

        var mean = raw.Average();
        var spread = Math.Sqrt(raw.Sum(r => (r - mean) * (r - mean)) / (raw.Count - 1));
        return new ScoreScale(mean, spread > 1e-6 ? spread : 1);
    }

    /// <summary>
    /// A raw score standardised with this scale and squashed to (0, 1), so both directions of a pair sit on one scale
    /// before they are combined.
    /// </summary>
    public float Interest(float rawScore) => 1f / (1f + MathF.Exp(-(float)((rawScore - Mean) / Spread)));
}
