using Hub.Matching.Learning;
using Hub.Matching.Ranking;

namespace Hub.Matching.Evaluation;

/// <summary>
/// Chooses the learned methods' hyper-parameters by leave-events-out cross-validation inside the training events: each
/// candidate is fitted on some training events and scored on the others, by the evaluation's own measure (NDCG at the
/// requested cut-offs, on the requested target). Held-out events are never seen: they are not in the training set.
/// One fit per candidate and inner fold serves every ensemble size, since boosting only appends trees.
/// </summary>
internal static class HyperParameterSearch
{
    /// <summary>Ensemble sizes tried for every candidate.</summary>
    public static readonly int[] TreeCounts = [25, 50, 100];

    /// <summary>
    /// The candidates: the hub's tree shape (16 leaves, every feature, small leaves), and a more regularised one for wide
    /// or noisy exports (half of the features per tree, larger leaves). Few on purpose: every candidate costs one fit per
    /// inner fold, and on exports of a few thousand verdicts finer grids only chase noise (measured in docs/BENCHMARKS.md).
    /// </summary>
    public static readonly TrainingOptions[] Candidates =
    [
        new() { Leaves = 16, MinExamplesPerLeaf = 20, LearningRate = 0.15, FeatureFraction = 1 },
        new() { Leaves = 16, MinExamplesPerLeaf = 80, LearningRate = 0.15, FeatureFraction = 0.5 },
    ];

    /// <summary>At most this many inner folds (fewer when there are fewer training events).</summary>
    public const int InnerFolds = 2;

    /// <summary>The hub's configuration, for small exports and when the search is off; smaller leaves for small exports.</summary>
    public static TrainingOptions Default(int rows, int seed) =>
        new() { Seed = seed, MinExamplesPerLeaf = Math.Max(1, Math.Min(20, rows / 50)) };

    /// <summary>Leaves may not ask for more examples than a small export has.</summary>
    public static TrainingOptions Fit(TrainingOptions candidate, int rows) =>
        candidate with { MinExamplesPerLeaf = Math.Max(1, Math.Min(candidate.MinExamplesPerLeaf, rows / 50)) };

    /// <returns>
    /// The options with the best mean validation NDCG of the two learned rankings (one-sided and reciprocal: one model
    /// serves both), and that NDCG; the hub's configuration with NaN when there are too few training events to search.
    /// </returns>
    public static (TrainingOptions Options, double Ndcg) Choose(
        EventTrainingSet set, IReadOnlyList<EventInteraction> training, IReadOnlyList<string> heldOut, EvaluationOptions options)
    {
        var fallback = Default(set.Rows.Count, options.Seed);
        if (set.Events.Count < 2)
        {
            return (fallback, double.NaN);
        }

        // Inner folds: the training events dealt out by a seeded shuffle, like the outer folds.
        var rng = new Random(options.Seed + 1);
        var shuffled = set.Events.OrderBy(_ => rng.Next()).ToList();
        var folds = Math.Min(InnerFolds, shuffled.Count);
        var validation = Enumerable.Range(0, folds)
            .Select(f => shuffled.Where((_, i) => i % folds == f).ToHashSet(StringComparer.Ordinal)).ToList();
        // Verdicts come from the training events only; the validation lists are training events' lists.
        var lists = new EventLists(training, options.Target);

        // [candidate, fold, tree count] → (sum of one-sided NDCG, sum of reciprocal NDCG, lists).
        var results = new (double OneSided, double Reciprocal, int Lists)[Candidates.Length, folds, TreeCounts.Length];
        Parallel.For(0, Candidates.Length * folds, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, job =>
        {
            var (c, f) = (job / folds, job % folds);
            var rows = set.RowsOutside(validation[f]);
            // Leaves are sized for the whole training set, so that the chosen options are exactly the ones validated.
            var candidate = Fit(Candidates[c], set.Rows.Count) with { Seed = options.Seed, Trees = TreeCounts[^1] };
            options.OnFit?.Invoke(new ModelFit("search", heldOut, set.Events.Where(e => !validation[f].Contains(e)).ToList(),
                validation[f].Order(StringComparer.Ordinal).ToList(), candidate));
            var model = LambdaRank.Train(rows, candidate);
            if (model is null)
            {
                for (var t = 0; t < TreeCounts.Length; t++)
                {
                    results[c, f, t] = (double.NaN, double.NaN, 1);
                }

                return;
            }

            Score(model, rows, set, lists, training.Where(i => validation[f].Contains(i.Event)), options.K, c, f, results);
        });

        var best = (Score: double.NegativeInfinity, C: 0, T: 0);
        for (var c = 0; c < Candidates.Length; c++)
        {
            for (var t = 0; t < TreeCounts.Length; t++)
            {
                // Mean over all validation lists of all inner folds; a failed fit (NaN) is never chosen.
                var n = Enumerable.Range(0, folds).Sum(f => results[c, f, t].Lists);
                var score = Enumerable.Range(0, folds).Sum(f => results[c, f, t].OneSided + results[c, f, t].Reciprocal) / (2.0 * n);
                if (score > best.Score)
                {
                    best = (score, c, t);
                }
            }
        }

        return double.IsNegativeInfinity(best.Score)
            ? (fallback, double.NaN)
            : (Fit(Candidates[best.C], set.Rows.Count) with { Seed = options.Seed, Trees = TreeCounts[best.T] }, best.Score);
    }

    /// <summary>Scores one fitted candidate on its validation events' lists at every ensemble size.</summary>
    private static void Score(TrainedRanker model, List<EventPairRow> rows, EventTrainingSet set, EventLists lists,
        IEnumerable<EventInteraction> validationMeetings, IReadOnlyList<int> ks, int c, int f, (double, double, int)[,,] results)
    {
        var sizes = TreeCounts.Length;
        // Each ensemble size is calibrated on its own training scores, as the final model would be.
        var raw = new float[sizes];
        var training = new List<float>[sizes];
        for (var t = 0; t < sizes; t++)
        {
            training[t] = new List<float>(rows.Count);
        }

        foreach (var row in rows)
        {
            model.Trees.PrefixScores(row.Features, TreeCounts, raw);
            for (var t = 0; t < sizes; t++)
            {
                training[t].Add(raw[t]);
            }
        }

        var scales = training.Select(ScoreScale.Of).ToArray();
        var oneSided = new double[sizes];
        var reciprocal = new double[sizes];
        var count = 0;
        var backward = new float[sizes];
        foreach (var (ev, who, met) in lists.Of(validationMeetings))
        {
            var forward = new float[met.Count, sizes];
            var combined = new float[met.Count, sizes];
            for (var m = 0; m < met.Count; m++)
            {
                model.Trees.PrefixScores(set.Of(ev, who, met[m]), TreeCounts, raw);
                model.Trees.PrefixScores(set.Of(ev, met[m], who), TreeCounts, backward);
                for (var t = 0; t < sizes; t++)
                {
                    forward[m, t] = raw[t];
                    combined[m, t] = Reciprocal.Combine(scales[t].Interest(raw[t]), scales[t].Interest(backward[t]));
                }
            }

            var labels = met.Select(o => lists.Relevant(ev, who, o) ? 1.0 : 0.0).ToArray();
            for (var t = 0; t < sizes; t++)
            {
                oneSided[t] += Ndcg(labels, met, m => forward[m, t], ks);
                reciprocal[t] += Ndcg(labels, met, m => combined[m, t], ks);
            }

            count++;
        }

        for (var t = 0; t < sizes; t++)
        {
            results[c, f, t] = (oneSided[t], reciprocal[t], count);
        }
    }

    /// <summary>The mean NDCG over the cut-offs of one list ranked by the score (ties by id, as the evaluation breaks them).</summary>
    private static double Ndcg(double[] labels, List<string> met, Func<int, float> score, IReadOnlyList<int> ks)
    {
        var ranked = Enumerable.Range(0, met.Count).OrderByDescending(score).ThenBy(m => met[m], StringComparer.Ordinal).Select(m => labels[m]).ToList();
        return ks.Average(k => Metrics.Ndcg(ranked, k));
    }
}
