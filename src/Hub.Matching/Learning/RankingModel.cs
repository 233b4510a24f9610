using Hub.Matching.Features;
using Hub.Matching.Ranking;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;

namespace Hub.Matching.Learning;

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
    private readonly TransformerChain<FeatureContributionCalculatingTransformer> _explainer;
    private readonly Lock _gate = new();

    public RankingModel(MLContext ml, ITransformer model, int version, ScoreScale? scale = null)
    {
        _ml = ml;
        _model = model;
        Version = version;
        Scale = scale ?? ScoreScale.Unit;
        var ranker = LambdaRank.Ranker(model);
        _trees = new TreeEnsembleScorer(ranker.Model.TrainedTreeEnsemble!);
        var contribution = ml.Transforms.CalculateFeatureContribution(ranker, numberOfPositiveContributions: PairFeatures.Count,
            numberOfNegativeContributions: PairFeatures.Count, normalize: false);
        _explainer = model.Append(contribution.Fit(model.Transform(ml.Data.LoadFromEnumerable(new[] { new PairRow() }))));
        _contributions = ml.Model.CreatePredictionEngine<PairRow, ContributionRow>(_explainer);
    }

    /// <summary>The hub's model as <see cref="LambdaRank"/> trained it, calibrated on its training pairs.</summary>
    public RankingModel(TrainedRanker trained, int version)
        : this(trained.Context, trained.Model, version, trained.Scale)
    {
    }

    public int Version { get; }

    /// <summary>Mean and spread of raw scores on the training pairs, so interest is centred whatever the trees' offset.</summary>
    public ScoreScale Scale { get; }

    public string Name => $"learned v{Version}";

    public ITransformer Transformer => _model;

    public TreeEnsembleScorer Trees => _trees;

    /// <summary>The raw ranking score calibrated with the training scale (<see cref="ScoreScale.Interest"/>).</summary>
    public float Interest(ReadOnlySpan<float> features) => Scale.Interest(_trees.Score(features));

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

    public void Dispose() => _contributions.Dispose();
}

/// <summary>ML.NET's output row for the feature contributions of one pair.</summary>
internal sealed class ContributionRow
{
    public float Score { get; set; }

    [VectorType(PairFeatures.Count)]
    public float[] FeatureContributions { get; set; } = [];
}
