using Hub.Matching.Features;
using Hub.Matching.Ranking;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace Hub.Matching.Learning;

/// <summary>One training or scoring row: a (seeker, candidate) pair.</summary>
public sealed class PairRow
{
    public float Label { get; set; }

    /// <summary>The seeker's id: LambdaRank compares candidates within one seeker's list.</summary>
    public uint GroupId { get; set; }

    /// <summary>The candidate's id (not a feature; kept so evaluations can look the pair up).</summary>
    public uint CandidateId { get; set; }

    [VectorType(PairFeatures.Count)]
    public float[] Features { get; set; } = new float[PairFeatures.Count];
}

/// <summary>Mean and standard deviation of a model's raw scores.</summary>
public sealed record ScoreScale(double Mean, double Spread);

internal sealed class ContributionRow
{
    public float Score { get; set; }

    [VectorType(PairFeatures.Count)]
    public float[] FeatureContributions { get; set; } = [];
}

/// <summary>
/// A trained LightGBM LambdaRank model. Serving uses <see cref="TreeEnsembleScorer"/> over the same trees; explanations use
/// ML.NET's feature contributions of this very model, so every reason is the model's own.
/// </summary>
public sealed class RankingModel : IPairScorer, IDisposable
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly TreeEnsembleScorer _trees;
    private readonly PredictionEngine<PairRow, ContributionRow> _contributions;
    private readonly ITransformer _explainer;
    private readonly Lock _gate = new();

    public RankingModel(MLContext ml, ITransformer model, int version, ScoreScale? scale = null)
    {
        _ml = ml;
        _model = model;
        Version = version;
        Scale = scale ?? new ScoreScale(0, 1);
        var ranker = FindRanker(model);
        _trees = new TreeEnsembleScorer(ranker.Model.TrainedTreeEnsemble!);
        var contribution = ml.Transforms.CalculateFeatureContribution(ranker, numberOfPositiveContributions: PairFeatures.Count,
            numberOfNegativeContributions: PairFeatures.Count, normalize: false);
        _explainer = model.Append(contribution.Fit(model.Transform(ml.Data.LoadFromEnumerable(new[] { new PairRow() }))));
        _contributions = ml.Model.CreatePredictionEngine<PairRow, ContributionRow>(_explainer);
    }

    public int Version { get; }

    /// <summary>Mean and spread of raw scores on the training pairs, so interest is centred whatever the trees' offset.</summary>
    public ScoreScale Scale { get; private set; }

    /// <summary>Sets the scale from the raw scores of the training pairs.</summary>
    public void Calibrate(IEnumerable<float[]> trainingFeatures)
    {
        var raw = trainingFeatures.Select(f => (double)_trees.Score(f)).ToList();
        if (raw.Count < 2)
        {
            return;
        }

        var mean = raw.Average();
        var std = Math.Sqrt(raw.Sum(r => (r - mean) * (r - mean)) / (raw.Count - 1));
        Scale = new ScoreScale(mean, std > 1e-6 ? std : 1);
    }

    public string Name => $"learned v{Version}";

    public ITransformer Transformer => _model;

    public TreeEnsembleScorer Trees => _trees;

    /// <summary>
    /// The raw ranking score, standardised with the training scale and squashed to (0, 1), so both directions of a pair
    /// sit on one scale before they are combined.
    /// </summary>
    public float Interest(ReadOnlySpan<float> features) =>
        1f / (1f + MathF.Exp(-(float)((_trees.Score(features) - Scale.Mean) / Scale.Spread)));

    public float RawScore(ReadOnlySpan<float> features) => _trees.Score(features);

    public void Contributions(ReadOnlySpan<float> features, Span<float> contributions)
    {
        ContributionRow row;
        lock (_gate)
        {
            // PredictionEngine is not thread-safe; explanations are computed for a handful of cards, so a lock is enough.
            row = _contributions.Predict(new PairRow { Features = features.ToArray() });
        }

        row.FeatureContributions.AsSpan(0, PairFeatures.Count).CopyTo(contributions);
    }

    /// <summary>Feature contributions for a page of pairs in one ML.NET pass (thread-safe: a transformer, not an engine).</summary>
    public IReadOnlyList<float[]> Contributions(IReadOnlyList<float[]> features)
    {
        if (features.Count == 0)
        {
            return [];
        }

        var view = _explainer.Transform(_ml.Data.LoadFromEnumerable(features.Select(f => new PairRow { Features = f })));
        return view.GetColumn<float[]>("FeatureContributions").Select(c => c.Length == PairFeatures.Count ? c : Dense(c)).ToList();
    }

    private static float[] Dense(float[] values)
    {
        var dense = new float[PairFeatures.Count];
        values.AsSpan(0, Math.Min(values.Length, dense.Length)).CopyTo(dense);
        return dense;
    }

    /// <summary>Scores rows through ML.NET's own <c>Transform</c> path (the slow reference the fast scorer is checked against).</summary>
    public float[] ScoreWithMlNet(IEnumerable<PairRow> rows)
    {
        var scored = _model.Transform(_ml.Data.LoadFromEnumerable(rows));
        return scored.GetColumn<float>("Score").ToArray();
    }

    public byte[] Save()
    {
        using var stream = new MemoryStream();
        _ml.Model.Save(_model, null, stream);
        return stream.ToArray();
    }

    public static RankingModel Load(byte[] bytes, int version, ScoreScale scale)
    {
        var ml = new MLContext(seed: 1);
        using var stream = new MemoryStream(bytes);
        return new RankingModel(ml, ml.Model.Load(stream, out _), version, scale);
    }

    private static RankingPredictionTransformer<LightGbmRankingModelParameters> FindRanker(ITransformer model) => model switch
    {
        RankingPredictionTransformer<LightGbmRankingModelParameters> ranker => ranker,
        IEnumerable<ITransformer> chain => chain.OfType<RankingPredictionTransformer<LightGbmRankingModelParameters>>().Last(),
        _ => throw new InvalidOperationException("Not a LightGBM ranking model."),
    };

    public void Dispose() => _contributions.Dispose();
}
