using System.Text.Json.Serialization;
using Hub.Matching.Features;
using Hub.Matching.Learning;
using Hub.Matching.Ranking;
using Microsoft.ML.Data;

namespace Hub.Matching.Evaluation;

public enum EvaluationTarget
{
    /// <summary>Relevant when the participant said yes.</summary>
    Decision,

    /// <summary>Relevant when both said yes.</summary>
    Mutual,
}

public sealed record EvaluationOptions
{
    public IReadOnlyList<string> HoldoutEvents { get; init; } = [];

    public double HoldoutFraction { get; init; } = 0.2;

    public IReadOnlyList<int> K { get; init; } = [5, 10];

    public EvaluationTarget Target { get; init; } = EvaluationTarget.Mutual;

    public int Seed { get; init; } = 7;
}

public sealed record MethodResult(string Method, IReadOnlyDictionary<int, double> Ndcg, double Auc, IReadOnlyDictionary<int, double> ExposureCoverage);

public sealed record EvaluationReport(
    IReadOnlyList<string> TrainingEvents,
    IReadOnlyList<string> HoldoutEvents,
    int TrainingInteractions,
    int EvaluatedParticipants,
    string Target,
    IReadOnlyList<MethodResult> Methods,
    string? Note = null)
{
    [JsonIgnore]
    public MethodResult this[string method] => Methods.First(m => m.Method == method);
}

/// <summary>Past-event row for the generic model: the features are padded to a fixed width.</summary>
internal sealed class EventPairRow : IRankingRow
{
    public const int Width = 64;

    public float Label { get; set; }

    public uint GroupId { get; set; }

    [VectorType(Width)]
    public float[] Features { get; set; } = new float[Width];
}

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
        var methods = new (string Name, Func<string, string, double> Score)[]
        {
            (Random, (_, _) => rng.NextDouble()),
            (Popularity, (_, to) => features.YesReceived(to)),
            (Content, (from, to) => features.Content(from, to)),
            (LearnedOneSided, (from, to) => model is null ? 0 : model.RawScore(features.Of(from, to))),
            (LearnedReciprocal, (from, to) => model is null ? 0
                : Reciprocal.Combine(model.Interest(features.Of(from, to)), model.Interest(features.Of(to, from)))),
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
                var ranked = met.Select(o => (Other: o, Score: score(who, o), Relevant: Relevant(ev, who, o)))
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
                    Features = features.Of(first.From, first.To),
                };
            })
            .ToList();
        // Small exports need smaller leaves than the hub's default of 20 examples.
        return LambdaRank.Train(rows, new TrainingOptions { Seed = options.Seed, MinExamplesPerLeaf = Math.Max(1, Math.Min(20, rows.Count / 50)) });
    }
}

/// <summary>Features of a pair of past participants, from their profiles and the training events' verdicts.</summary>
internal sealed class EventFeatures
{
    private readonly Dictionary<string, Participant> _participants;
    private readonly Dictionary<string, SparseVector> _text = [];
    private readonly Dictionary<string, (int Yes, int Total)> _received = [];
    private readonly Dictionary<string, (int Yes, int Total)> _given = [];
    private readonly List<string> _numbers;
    private readonly List<string> _categories;
    private readonly Dictionary<string, (double Mean, double Spread)> _scale = [];

    public EventFeatures(IReadOnlyList<Participant> participants, IReadOnlyList<EventInteraction> training)
    {
        _participants = participants.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var index = new TextIndex();
        foreach (var p in participants)
        {
            index.Add(Document(p));
        }

        foreach (var p in participants)
        {
            _text[p.Id] = index.Vectorise(Document(p));
        }

        _numbers = participants.SelectMany(p => p.Numbers.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        _categories = participants.SelectMany(p => p.Categories.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var n in _numbers)
        {
            var values = participants.Select(p => p.Numbers.GetValueOrDefault(n)).OfType<double>().ToList();
            var mean = values.Count == 0 ? 0 : values.Average();
            var spread = values.Count < 2 ? 1 : Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
            _scale[n] = (mean, spread > 1e-9 ? spread : 1);
        }

        foreach (var i in training)
        {
            var (ry, rt) = _received.GetValueOrDefault(i.To);
            _received[i.To] = (ry + (i.Decision ? 1 : 0), rt + 1);
            var (gy, gt) = _given.GetValueOrDefault(i.From);
            _given[i.From] = (gy + (i.Decision ? 1 : 0), gt + 1);
        }
    }

    private static string Document(Participant p) => $"{p.Text} {string.Join(' ', p.Tags)}";

    /// <summary>How many "yes" a participant received in the training events (the popularity baseline).</summary>
    public double YesReceived(string id) => _received.GetValueOrDefault(id).Yes;

    /// <summary>The transparent content score: tag overlap and text similarity, equally weighted.</summary>
    public double Content(string from, string to) => 0.5 * Jaccard(from, to) + 0.5 * _text[from].Dot(_text[to]);

    private double Jaccard(string from, string to)
    {
        var a = _participants[from].Tags;
        var b = _participants[to].Tags;
        var union = a.Union(b).Count();
        return union == 0 ? 0 : a.Intersect(b).Count() / (double)union;
    }

    public float[] Of(string from, string to)
    {
        var a = _participants[from];
        var b = _participants[to];
        var f = new float[EventPairRow.Width];
        var i = 0;
        f[i++] = (float)Jaccard(from, to);
        f[i++] = _text[from].Dot(_text[to]);
        f[i++] = a.Kind == b.Kind ? 1 : 0;
        var (ry, rt) = _received.GetValueOrDefault(to);
        f[i++] = (ry + 1f) / (rt + 2f);
        var (gy, gt) = _given.GetValueOrDefault(from);
        f[i++] = (gy + 1f) / (gt + 2f);
        f[i++] = rt;
        foreach (var n in _numbers)
        {
            var (mean, spread) = _scale[n];
            var x = a.Numbers.GetValueOrDefault(n);
            var y = b.Numbers.GetValueOrDefault(n);
            f[i++] = x is null || y is null ? -1 : (float)(Math.Abs(x.Value - y.Value) / spread);
            f[i++] = y is null ? 0 : (float)((y.Value - mean) / spread);
        }

        foreach (var c in _categories)
        {
            var x = a.Categories.GetValueOrDefault(c, "");
            var y = b.Categories.GetValueOrDefault(c, "");
            f[i++] = x.Length == 0 || y.Length == 0 ? 0.5f : string.Equals(x, y, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        }

        return f;
    }
}
