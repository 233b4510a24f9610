using Hub.Matching.Learning;
using Hub.Matching.Ranking;

namespace Hub.Matching.Evaluation;

/// <summary>
/// Evaluates ranking methods on organisers' past matchmaking data: trains on some events, then for every participant of
/// the held-out events ranks the people they actually met and measures the ranking against their verdicts.
/// </summary>
public static class EventEvaluation
{
    public const string Random = SyntheticEvaluation.Random;
    public const string Popularity = SyntheticEvaluation.Popularity;
    public const string Content = SyntheticEvaluation.Content;
    public const string LearnedOneSided = SyntheticEvaluation.LearnedOneSided;
    public const string LearnedReciprocal = SyntheticEvaluation.LearnedReciprocal;

    public static EvaluationReport Run(IReadOnlyList<Participant> participants, IReadOnlyList<EventInteraction> interactions, EvaluationOptions options)
    {
        var events = interactions.Select(i => i.Event).Distinct().Order(StringComparer.Ordinal).ToList();
        var holdout = ChooseHoldout(events, options);
        var training = interactions.Where(i => !holdout.Contains(i.Event)).ToList();
        var tested = interactions.Where(i => holdout.Contains(i.Event)).ToList();
        if (tested.Count == 0)
        {
            throw new EventDataException("No interaction belongs to the held-out events; choose other events to hold out.");
        }

        var features = new EventFeatures(participants, training);
        var model = training.Count > 0 ? Train(features, training, options) : null;

        // Verdicts: (event, from, to) → decision; relevance follows the target.
        var verdict = interactions.GroupBy(i => (i.Event, i.From, i.To)).ToDictionary(g => g.Key, g => g.Any(i => i.Decision));
        bool Relevant(string ev, string from, string to) => options.Target == EvaluationTarget.Decision
            ? verdict.GetValueOrDefault((ev, from, to))
            : verdict.GetValueOrDefault((ev, from, to)) && verdict.GetValueOrDefault((ev, to, from));

        // Each held-out participant's list: everyone they met in that event (either side of an interaction).
        var lists = tested.SelectMany(i => new[] { (i.Event, Who: i.From, Other: i.To), (i.Event, Who: i.To, Other: i.From) })
            .Distinct()
            .GroupBy(x => (x.Event, x.Who))
            .Select(g => (g.Key.Event, g.Key.Who, Met: g.Select(x => x.Other).Order(StringComparer.Ordinal).ToList()))
            .Where(l => l.Met.Any(o => Relevant(l.Event, l.Who, o)))
            .OrderBy(l => l.Event, StringComparer.Ordinal).ThenBy(l => l.Who, StringComparer.Ordinal)
            .ToList();

        var rng = new Random(options.Seed);
        var methods = new (string Name, Func<string, string, string, double> Score)[]
        {
            (Random, (_, _, _) => rng.NextDouble()),
            (Popularity, (_, _, to) => features.YesReceived(to)),
            (Content, (_, from, to) => features.Content(from, to)),
            (LearnedOneSided, (ev, from, to) => model is null ? 0 : model.RawScore(features.Of(from, to, ev))),
            (LearnedReciprocal, (ev, from, to) => model is null ? 0
                : Reciprocal.Combine(model.Interest(features.Of(from, to, ev)), model.Interest(features.Of(to, from, ev)))),
        };

        var results = new List<MethodResult>();
        foreach (var (name, score) in methods)
        {
            if (model is null && name is LearnedOneSided or LearnedReciprocal)
            {
                var none = options.K.ToDictionary(k => k, _ => double.NaN);
                results.Add(new MethodResult(name, none, double.NaN, none));
                continue;
            }

            var ndcg = options.K.ToDictionary(k => k, _ => new List<double>());
            var shown = options.K.ToDictionary(k => k, _ => new HashSet<string>(StringComparer.Ordinal));
            var auc = new List<(double, bool)>();
            foreach (var (ev, who, met) in lists)
            {
                // Ties are broken by id so that every run ranks the same way.
                var ranked = met.Select(o => (Other: o, Score: score(ev, who, o), Relevant: Relevant(ev, who, o)))
                    .OrderByDescending(x => x.Score).ThenBy(x => x.Other, StringComparer.Ordinal).ToList();
                foreach (var k in options.K)
                {
                    ndcg[k].Add(Metrics.Ndcg(ranked.Select(x => x.Relevant ? 1.0 : 0.0).ToList(), k));
                    shown[k].UnionWith(ranked.Take(k).Select(x => x.Other));
                }

                auc.AddRange(ranked.Select(x => (x.Score, x.Relevant)));
            }

            var population = lists.SelectMany(l => l.Met).Distinct().Count();
            results.Add(new MethodResult(name,
                ndcg.ToDictionary(kv => kv.Key, kv => kv.Value.Count == 0 ? double.NaN : kv.Value.Average()),
                Metrics.Auc(auc),
                shown.ToDictionary(kv => kv.Key, kv => population == 0 ? double.NaN : kv.Value.Count / (double)population)));
        }

        return new EvaluationReport(events.Where(e => !holdout.Contains(e)).ToList(), holdout.Order(StringComparer.Ordinal).ToList(),
            training.Count, lists.Count, options.Target.ToString().ToLowerInvariant(), results,
            model is null ? "The training events hold too little varied feedback to train a model; learned methods are not reported." : null);
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

    private static TrainedRanker? Train(EventFeatures features, List<EventInteraction> training, EvaluationOptions options)
    {
        var rows = training
            .GroupBy(i => (i.Event, i.From, i.To))
            .Select(g =>
            {
                var first = g.First();
                var decision = g.Any(i => i.Decision);
                var outcome = g.Max(i => i.Outcome);
                var label = outcome ?? (decision ? 2 : 0);
                return new EventPairRow
                {
                    Label = label,
                    GroupId = (uint)(first.Event + "\u0001" + first.From).GetHashCode(StringComparison.Ordinal),
                    Features = features.Of(first.From, first.To, first.Event),
                };
            })
            .ToList();
        // Small exports need smaller leaves than the hub's default of 20 examples.
        return LambdaRank.Train(rows, new TrainingOptions { Seed = options.Seed, MinExamplesPerLeaf = Math.Max(1, Math.Min(20, rows.Count / 50)) });
    }
}
