using Hub.Matching.Learning;
using Hub.Matching.Ranking;

namespace Hub.Matching.Evaluation;

/// <summary>
/// Evaluates ranking methods on organisers' past matchmaking data: trains on some events, then for every participant of
/// the held-out events ranks the people they actually met and measures the ranking against their verdicts. Either one
/// hold-out, or leave-events-out cross-validation in which every event is held out exactly once.
/// </summary>
public static class EventEvaluation
{
    public const string Random = SyntheticEvaluation.Random;
    public const string Popularity = SyntheticEvaluation.Popularity;
    public const string Content = SyntheticEvaluation.Content;
    public const string LearnedOneSided = SyntheticEvaluation.LearnedOneSided;
    public const string LearnedReciprocal = SyntheticEvaluation.LearnedReciprocal;

    private static readonly string[] MethodNames = [Random, Popularity, Content, LearnedOneSided, LearnedReciprocal];

    private const string NoModelNote = "The training events hold too little varied feedback to train a model; learned methods are not reported.";

    public static EvaluationReport Run(IReadOnlyList<Participant> participants, IReadOnlyList<EventInteraction> interactions, EvaluationOptions options)
    {
        var events = interactions.Select(i => i.Event).Distinct().Order(StringComparer.Ordinal).ToList();
        var lists = new EventLists(interactions, options.Target);
        if (options.Folds == 0)
        {
            var fold = Evaluate(1, participants, interactions, ChooseHoldout(events, options), lists, options);
            return new EvaluationReport(events.Where(e => !fold.Result.HoldoutEvents.Contains(e)).ToList(), fold.Result.HoldoutEvents,
                fold.Result.TrainingInteractions, fold.Result.EvaluatedParticipants, Target(options), fold.Result.Methods,
                fold.HasModel ? null : NoModelNote, [fold.Result]);
        }

        if (options.Folds < 2 || options.Folds > events.Count)
        {
            throw new EventDataException($"--folds must be between 2 and the number of events ({events.Count}), not {options.Folds}.");
        }

        // Every event is held out exactly once: a seeded shuffle dealt into K folds whose sizes differ by at most one.
        var rng = new Random(options.Seed);
        var shuffled = events.OrderBy(_ => rng.Next()).ToList();
        // Folds are independent (each seeded by its number): they run side by side, and come back in order.
        var folds = new FoldOutcome[options.Folds];
        Parallel.For(0, options.Folds, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, f =>
            folds[f] = Evaluate(f + 1, participants, interactions, shuffled.Where((_, i) => i % options.Folds == f).ToHashSet(StringComparer.Ordinal), lists, options));
        return new EvaluationReport(events, events, (int)Math.Round(folds.Average(f => f.Result.TrainingInteractions)),
            folds.Sum(f => f.Result.EvaluatedParticipants), Target(options), Pool(folds, options),
            folds.All(f => f.HasModel) ? null : NoModelNote, folds.Select(f => f.Result).ToList());
    }

    private static string Target(EvaluationOptions options) => options.Target.ToString().ToLowerInvariant();

    /// <summary>
    /// Cross-validated figures: NDCG over every evaluated participant of every fold, AUC and coverage averaged over folds,
    /// spreads as the standard deviation of the per-fold figures.
    /// </summary>
    private static List<MethodResult> Pool(FoldOutcome[] folds, EvaluationOptions options) => MethodNames.Select(name =>
    {
        var perFold = folds.Select(f => f.Result.Methods.First(m => m.Method == name)).ToList();
        return new MethodResult(name,
            options.K.ToDictionary(k => k, k => Mean(folds.SelectMany(f => f.Ndcg[name][k]))),
            Mean(perFold.Select(m => m.Auc)),
            options.K.ToDictionary(k => k, k => Mean(perFold.Select(m => m.ExposureCoverage[k]))),
            options.K.ToDictionary(k => k, k => Spread(perFold.Select(m => m.Ndcg[k]))),
            Spread(perFold.Select(m => m.Auc)));
    }).ToList();

    private static double Mean(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 || list.Any(double.IsNaN) ? double.NaN : list.Average();
    }

    /// <summary>Sample standard deviation.</summary>
    private static double Spread(IEnumerable<double> values)
    {
        var list = values.ToList();
        if (list.Count < 2 || list.Any(double.IsNaN))
        {
            return double.NaN;
        }

        var mean = list.Average();
        return Math.Sqrt(list.Sum(v => (v - mean) * (v - mean)) / (list.Count - 1));
    }

    private sealed record FoldOutcome(FoldResult Result, Dictionary<string, Dictionary<int, List<double>>> Ndcg, bool HasModel);

    /// <summary>Trains on every event but the held-out ones and ranks the held-out participants' lists with each method.</summary>
    private static FoldOutcome Evaluate(int fold, IReadOnlyList<Participant> participants, IReadOnlyList<EventInteraction> interactions,
        HashSet<string> holdout, EventLists lists, EvaluationOptions options)
    {
        var training = interactions.Where(i => !holdout.Contains(i.Event)).ToList();
        var tested = interactions.Where(i => holdout.Contains(i.Event)).ToList();
        if (tested.Count == 0)
        {
            throw new EventDataException("No interaction belongs to the held-out events; choose other events to hold out.");
        }

        var heldOut = holdout.Order(StringComparer.Ordinal).ToList();
        var features = new EventFeatures(participants, training);
        var set = new EventTrainingSet(features, training);
        var learned = training.Count > 0 ? Train(set, training, heldOut, options) : null;
        var model = learned?.Model;

        var rng = new Random(options.Seed + fold - 1);
        var methods = new (string Name, Func<string, string, string, double> Score)[]
        {
            (Random, (_, _, _) => rng.NextDouble()),
            (Popularity, (_, _, to) => features.YesReceived(to)),
            (Content, (_, from, to) => features.Content(from, to)),
            (LearnedOneSided, (ev, from, to) => model is null ? 0 : model.RawScore(features.Of(from, to, ev))),
            (LearnedReciprocal, (ev, from, to) => model is null ? 0
                : Reciprocal.Combine(model.Interest(features.Of(from, to, ev)), model.Interest(features.Of(to, from, ev)))),
        };

        var ranked = lists.Of(tested);
        var results = new List<MethodResult>();
        var ndcgs = new Dictionary<string, Dictionary<int, List<double>>>();
        foreach (var (name, score) in methods)
        {
            var ndcg = options.K.ToDictionary(k => k, _ => new List<double>());
            ndcgs[name] = ndcg;
            if (model is null && name is LearnedOneSided or LearnedReciprocal)
            {
                var none = options.K.ToDictionary(k => k, _ => double.NaN);
                foreach (var k in options.K)
                {
                    ndcg[k].Add(double.NaN);
                }

                results.Add(new MethodResult(name, none, double.NaN, none));
                continue;
            }

            var shown = options.K.ToDictionary(k => k, _ => new HashSet<string>(StringComparer.Ordinal));
            var auc = new List<(double, bool)>();
            foreach (var (ev, who, met) in ranked)
            {
                // Ties are broken by id so that every run ranks the same way.
                var list = met.Select(o => (Other: o, Score: score(ev, who, o), Relevant: lists.Relevant(ev, who, o)))
                    .OrderByDescending(x => x.Score).ThenBy(x => x.Other, StringComparer.Ordinal).ToList();
                foreach (var k in options.K)
                {
                    ndcg[k].Add(Metrics.Ndcg(list.Select(x => x.Relevant ? 1.0 : 0.0).ToList(), k));
                    shown[k].UnionWith(list.Take(k).Select(x => x.Other));
                }

                auc.AddRange(list.Select(x => (x.Score, x.Relevant)));
            }

            var population = ranked.SelectMany(l => l.Met).Distinct().Count();
            results.Add(new MethodResult(name,
                ndcg.ToDictionary(kv => kv.Key, kv => kv.Value.Count == 0 ? double.NaN : kv.Value.Average()),
                Metrics.Auc(auc),
                shown.ToDictionary(kv => kv.Key, kv => population == 0 ? double.NaN : kv.Value.Count / (double)population)));
        }

        var result = new FoldResult(fold, heldOut, training.Count, ranked.Count, results, learned?.Choice);
        return new FoldOutcome(result, ndcgs, model is not null);
    }

    /// <summary>
    /// The learned methods' model: hyper-parameters chosen inside the training events (or the hub's defaults), then fitted
    /// on all of them. Null when the training events cannot train a model.
    /// </summary>
    private static (TrainedRanker Model, ModelChoice Choice)? Train(EventTrainingSet set, List<EventInteraction> training,
        List<string> heldOut, EvaluationOptions options)
    {
        var (chosen, ndcg) = options.SearchHyperParameters
            ? HyperParameterSearch.Choose(set, training, heldOut, options)
            : (HyperParameterSearch.Default(set.Rows.Count, options.Seed), double.NaN);
        options.OnFit?.Invoke(new ModelFit("final", heldOut, set.Events, [], chosen));
        var model = LambdaRank.Train(set.Rows.Select(r => r.Row).ToList(), chosen);
        return model is null ? null
            : (model, new ModelChoice(chosen.Trees, chosen.Leaves, chosen.MinExamplesPerLeaf, chosen.LearningRate, chosen.FeatureFraction, ndcg));
    }

    private static HashSet<string> ChooseHoldout(List<string> events, EvaluationOptions options)
    {
        if (options.HoldoutEvents.Count > 0)
        {
            var unknown = options.HoldoutEvents.FirstOrDefault(e => !events.Contains(e));
            if (unknown is not null)
            {
                throw new EventDataException($"Event '{unknown}' has no interactions. Events: {string.Join(", ", events)}.");
            }

            return options.HoldoutEvents.ToHashSet(StringComparer.Ordinal);
        }

        if (options.HoldoutFraction is <= 0 or >= 1)
        {
            throw new EventDataException("The hold-out fraction must be between 0 and 1.");
        }

        // A seeded draw of whole events: the same files and seed always hold out the same events.
        var count = Math.Max(1, (int)Math.Round(events.Count * options.HoldoutFraction));
        var rng = new Random(options.Seed);
        return events.OrderBy(_ => rng.Next()).Take(Math.Min(count, Math.Max(1, events.Count - 1))).ToHashSet(StringComparer.Ordinal);
    }
}
