using System.Diagnostics;
using Hub.Matching.Features;
using Microsoft.ML;

namespace Hub.Matching.Learning;

/// <summary>Trains the LambdaRank model on labelled pairs and measures it on held-out seekers.</summary>
public static class RankingTrainer
{
    public static TrainingResult Train(IReadOnlyList<PairRow> rows, int version, TrainingOptions? options = null, IProgress<string>? progress = null)
    {
        options ??= new TrainingOptions();
        var watch = Stopwatch.StartNew();
        // Held-out seekers are chosen by a hash of their id: stable across runs, no seeker split between the two sets.
        var train = rows.Where(r => !IsHoldout(r.GroupId, options)).ToList();
        var holdout = rows.Where(r => IsHoldout(r.GroupId, options)).ToList();
        if (!LambdaRank.CanLearnFrom(train))
        {
            throw NotEnoughFeedback();
        }

        progress?.Report($"Training on {train.Count:N0} pairs ({train.Select(r => r.GroupId).Distinct().Count():N0} seekers)…");
        var trained = LambdaRank.Train(train, options) ?? throw NotEnoughFeedback();
        var ranking = new RankingModel(trained, version);

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
                importance = Importance(trained, holdout);
            }
        }

        return new TrainingResult(ranking, train.Count, holdout.Count, ndcg, contentNdcg, importance, watch.Elapsed);
    }

    /// <summary>Drop in held-out NDCG@10 when one feature's values are shuffled across pairs (bigger = more important).</summary>
    private static Dictionary<string, double> Importance(TrainedRanker trained, List<PairRow> holdout)
    {
        var ml = trained.Context;
        var transformed = ((IEnumerable<ITransformer>)trained.Model).First().Transform(ml.Data.LoadFromEnumerable(holdout));
        var statistics = ml.Ranking.PermutationFeatureImportance(LambdaRank.Ranker(trained.Model), transformed,
            labelColumnName: nameof(PairRow.Label), rowGroupColumnName: LambdaRank.GroupKey, permutationCount: 1);
        var result = new Dictionary<string, double>();
        for (var i = 0; i < statistics.Length && i < PairFeatures.Count; i++)
        {
            var ndcg = statistics[i].NormalizedDiscountedCumulativeGains;
            result[PairFeatures.Names[i]] = -ndcg[Math.Min(ndcg.Count, 10) - 1].Mean;
        }

        return result;
    }

    private static InvalidOperationException NotEnoughFeedback() => new("Not enough varied feedback to train a model yet.");

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
