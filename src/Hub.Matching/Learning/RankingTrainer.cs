using System.Diagnostics;
using Hub.Matching.Features;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace Hub.Matching.Learning;

public sealed record TrainingOptions
{
    public int Trees { get; init; } = 50;

    public int Leaves { get; init; } = 16;

    public double LearningRate { get; init; } = 0.12;

    public int MinExamplesPerLeaf { get; init; } = 20;

    /// <summary>Share of seekers held out to measure NDCG@10 on lists the model never saw.</summary>
    public double HoldoutFraction { get; init; } = 0.2;

    public int Seed { get; init; } = 7;

    public bool ComputeImportance { get; init; } = true;
}

public sealed record TrainingResult(
    RankingModel Model,
    int TrainingPairs,
    int HoldoutPairs,
    double HoldoutNdcg10,
    double ContentNdcg10,
    IReadOnlyDictionary<string, double> PermutationImportance,
    TimeSpan Duration);

/// <summary>Trains the LambdaRank model on labelled pairs and measures it on held-out seekers.</summary>
public static class RankingTrainer
{
    public static TrainingResult Train(IReadOnlyList<PairRow> rows, int version, TrainingOptions? options = null, IProgress<string>? progress = null)
    {
        options ??= new TrainingOptions();
        var watch = Stopwatch.StartNew();
        var ml = new MLContext(seed: options.Seed);
        // Held-out seekers are chosen by a hash of their id: stable across runs, no seeker split between the two sets.
        var train = rows.Where(r => !IsHoldout(r.GroupId, options)).ToList();
        var holdout = rows.Where(r => IsHoldout(r.GroupId, options)).ToList();
        if (train.Count == 0 || train.Select(r => r.Label).Distinct().Count() < 2)
        {
            throw new InvalidOperationException("Not enough varied feedback to train a model yet.");
        }

        progress?.Report($"Training on {train.Count:N0} pairs ({train.Select(r => r.GroupId).Distinct().Count():N0} seekers)…");
        var pipeline = ml.Transforms.Conversion.Hash("GroupKey", nameof(PairRow.GroupId), numberOfBits: 24)
            .Append(ml.Ranking.Trainers.LightGbm(LightGbm(options, nameof(PairRow.Label), nameof(PairRow.Features))));
        var trainView = ml.Data.LoadFromEnumerable(train);
        var model = pipeline.Fit(trainView);
        var ranking = new RankingModel(ml, model, version);
        ranking.Calibrate(train.Select(r => r.Features));

        double ndcg = double.NaN;
        double contentNdcg = double.NaN;
        IReadOnlyDictionary<string, double> importance = new Dictionary<string, double>();
        if (holdout.Count > 0)
        {
            progress?.Report($"Evaluating on {holdout.Count:N0} held-out pairs…");
            ndcg = Metrics.Ndcg(holdout, ranking, 10);
            var content = new Ranking.ContentScorer();
            contentNdcg = Metrics.Ndcg(holdout, r => content.Interest(r.Features), 10);
            if (options.ComputeImportance)
            {
                progress?.Report("Measuring permutation feature importance…");
                importance = Importance(ml, model, holdout);
            }
        }

        return new TrainingResult(ranking, train.Count, holdout.Count, ndcg, contentNdcg, importance, watch.Elapsed);
    }

    /// <summary>Drop in held-out NDCG@10 when one feature's values are shuffled across pairs (bigger = more important).</summary>
    private static Dictionary<string, double> Importance(MLContext ml, ITransformer model, List<PairRow> holdout)
    {
        var ranker = ((IEnumerable<ITransformer>)model).OfType<RankingPredictionTransformer<LightGbmRankingModelParameters>>().Last();
        var transformed = ((IEnumerable<ITransformer>)model).First().Transform(ml.Data.LoadFromEnumerable(holdout));
        var statistics = ml.Ranking.PermutationFeatureImportance(ranker, transformed, labelColumnName: nameof(PairRow.Label),
            rowGroupColumnName: "GroupKey", permutationCount: 1);
        var result = new Dictionary<string, double>();
        for (var i = 0; i < statistics.Length && i < PairFeatures.Count; i++)
        {
            var ndcg = statistics[i].NormalizedDiscountedCumulativeGains;
            result[PairFeatures.Names[i]] = -ndcg[Math.Min(ndcg.Count, 10) - 1].Mean;
        }

        return result;
    }

    /// <summary>The one LightGBM LambdaRank configuration, used for the hub's model and for past-event evaluation.</summary>
    public static LightGbmRankingTrainer.Options LightGbm(TrainingOptions options, string label, string features) => new()
    {
        LabelColumnName = label,
        FeatureColumnName = features,
        RowGroupColumnName = "GroupKey",
        NumberOfIterations = options.Trees,
        NumberOfLeaves = options.Leaves,
        MinimumExampleCountPerLeaf = options.MinExamplesPerLeaf,
        MinimumExampleCountPerGroup = 1,
        LearningRate = options.LearningRate,
        NumberOfThreads = 1,
        Seed = options.Seed,
        Verbose = false,
        Silent = true,
    };

    public static bool IsHoldout(uint seekerId, TrainingOptions options) =>
        Mix(seekerId, options.Seed) % 1000 < (uint)(options.HoldoutFraction * 1000);

    private static uint Mix(uint id, int seed)
    {
        var x = id * 2654435761u ^ (uint)seed;
        x ^= x >> 16;
        x *= 0x45d9f3b;
        x ^= x >> 16;
        return x;
    }
}
