using Hub.Matching.Features;

namespace Hub.Matching.Evaluation;

/// <summary>
/// Features of a pair of past participants (one's verdict on the other), from their profiles and the training events'
/// verdicts. Both sides' values are given, with the pair's relation, because preferences are interactions: what one
/// side wants against what the other side is. Names and layout in docs/matching.md.
/// </summary>
internal sealed class EventFeatures
{
    /// <summary>Stands for a missing value: below every real (standardised) value, so a tree can split it off.</summary>
    public const float Missing = -99f;

    /// <summary>Categories beyond the most frequent ones share one code.</summary>
    private const int MaxCategoryCodes = 31;

    private readonly Dictionary<string, Profile> _profiles;
    private readonly Dictionary<string, (int Yes, int Total)> _received = [];
    private readonly Dictionary<string, (int Yes, int Total)> _given = [];
    private readonly Dictionary<(string Id, string Event), (int Yes, int Total)> _receivedIn = [];
    private readonly Dictionary<(string Id, string Event), (int Yes, int Total)> _givenIn = [];
    private readonly int _numbers;
    private readonly int _categories;
    private readonly List<(int Value, int Min, int Max)> _ranges = [];
    private readonly double[] _spread;

    public EventFeatures(IReadOnlyList<Participant> participants, IReadOnlyList<EventInteraction> training)
    {
        var index = new TextIndex();
        foreach (var p in participants)
        {
            index.Add(Document(p));
        }

        var numbers = participants.SelectMany(p => p.Numbers.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var categories = participants.SelectMany(p => p.Categories.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        _numbers = numbers.Count;
        _categories = categories.Count;

        // Standardised with every participant's values: profiles are not verdicts, so no held-out label is used.
        var scales = numbers.Select(n =>
        {
            var values = participants.Select(p => p.Numbers.GetValueOrDefault(n)).OfType<double>().ToList();
            var mean = values.Count == 0 ? 0 : values.Average();
            var spread = values.Count < 2 ? 1 : Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
            return (Mean: mean, Spread: spread > 1e-9 ? spread : 1);
        }).ToList();
        _spread = scales.Select(s => s.Spread).ToArray();

        // Category codes by frequency (0 = most common), so a tree can single out a category with two splits.
        var codes = categories.Select(c => participants.Select(p => p.Categories.GetValueOrDefault(c, ""))
            .Where(v => v.Length > 0).GroupBy(v => v, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select((g, i) => (g.Key, Code: Math.Min(i, MaxCategoryCodes)))
            .ToDictionary(x => x.Key, x => x.Code, StringComparer.OrdinalIgnoreCase)).ToList();

        // A wished range: num_<x>_min and/or num_<x>_max beside num_<x> (the other side's x should fall inside).
        for (var n = 0; n < numbers.Count; n++)
        {
            var min = numbers.FindIndex(x => x.Equals(numbers[n] + "_min", StringComparison.OrdinalIgnoreCase));
            var max = numbers.FindIndex(x => x.Equals(numbers[n] + "_max", StringComparison.OrdinalIgnoreCase));
            if (min >= 0 || max >= 0)
            {
                _ranges.Add((n, min, max));
            }
        }

        _profiles = participants.ToDictionary(p => p.Id, p => new Profile(
            p.Kind,
            p.Tags,
            index.Vectorise(Document(p)),
            numbers.Select(n => p.Numbers.GetValueOrDefault(n)).ToArray(),
            numbers.Select((n, i) => p.Numbers.GetValueOrDefault(n) is { } v ? (float)((v - scales[i].Mean) / scales[i].Spread) : Missing).ToArray(),
            categories.Select(c => p.Categories.GetValueOrDefault(c, "")).ToArray(),
            categories.Select((c, i) => p.Categories.GetValueOrDefault(c, "") is { Length: > 0 } v ? codes[i][v] : -1).ToArray()), StringComparer.Ordinal);

        foreach (var i in training)
        {
            var yes = i.Decision ? 1 : 0;
            Count(_received, i.To, yes);
            Count(_given, i.From, yes);
            Count(_receivedIn, (i.To, i.Event), yes);
            Count(_givenIn, (i.From, i.Event), yes);
        }

        Names = [.. General, .. numbers.SelectMany(n => new[] { $"{n} (own)", $"{n} (other)", $"{n} (other − own)" }),
            .. categories.SelectMany(c => new[] { $"same {c}", $"{c} (own)", $"{c} (other)" }),
            .. _ranges.SelectMany(r => new[] { $"other's {numbers[r.Value]} outside own wish", $"own {numbers[r.Value]} outside other's wish" })];
        Width = Names.Count;
    }

    private static readonly string[] General =
    [
        "tag overlap", "text similarity", "same kind", "other's yes-rate received", "other's yes received",
        "own yes-rate given", "own yes-rate received", "other's yes-rate given",
    ];

    /// <summary>How many features a pair has: eight general ones, three per number column, three per category column, two per wished range.</summary>
    public int Width { get; }

    public IReadOnlyList<string> Names { get; }

    private static string Document(Participant p) => $"{p.Text} {string.Join(' ', p.Tags)}";

    private static void Count<TKey>(Dictionary<TKey, (int Yes, int Total)> counts, TKey key, int yes) where TKey : notnull
    {
        var (y, t) = counts.GetValueOrDefault(key);
        counts[key] = (y + yes, t + 1);
    }

    /// <summary>
    /// A participant's verdicts in the training events other than <paramref name="ev"/>. A training row must not see its
    /// own event's verdicts, its label among them: a model would learn to read them, and no held-out pair has them.
    /// </summary>
    private static (int Yes, int Total) Outside(Dictionary<string, (int Yes, int Total)> all, Dictionary<(string, string), (int Yes, int Total)> within,
        string id, string ev)
    {
        var (y, t) = all.GetValueOrDefault(id);
        var (ey, et) = within.GetValueOrDefault((id, ev));
        return (y - ey, t - et);
    }

    /// <summary>How many "yes" a participant received in the training events (the popularity baseline).</summary>
    public double YesReceived(string id) => _received.GetValueOrDefault(id).Yes;

    /// <summary>The transparent content score: tag overlap and text similarity, equally weighted.</summary>
    public double Content(string from, string to) => 0.5 * Jaccard(_profiles[from], _profiles[to]) + 0.5 * _profiles[from].Text.Dot(_profiles[to].Text);

    private static double Jaccard(Profile a, Profile b)
    {
        var union = a.Tags.Union(b.Tags).Count();
        return union == 0 ? 0 : a.Tags.Intersect(b.Tags).Count() / (double)union;
    }

    /// <summary>The features of <paramref name="from"/>'s verdict on <paramref name="to"/> at event <paramref name="ev"/>.</summary>
    public float[] Of(string from, string to, string ev)
    {
        var f = new float[Width];
        Fill(from, to, ev, f);
        return f;
    }

    public void Fill(string from, string to, string ev, Span<float> f)
    {
        var a = _profiles[from];
        var b = _profiles[to];
        var i = 0;
        f[i++] = (float)Jaccard(a, b);
        f[i++] = a.Text.Dot(b.Text);
        f[i++] = a.Kind == b.Kind ? 1 : 0;
        var received = Outside(_received, _receivedIn, to, ev);
        f[i++] = Rate(received);
        f[i++] = received.Total;
        f[i++] = Rate(Outside(_given, _givenIn, from, ev));
        f[i++] = Rate(Outside(_received, _receivedIn, from, ev));
        f[i++] = Rate(Outside(_given, _givenIn, to, ev));
        for (var n = 0; n < _numbers; n++)
        {
            var x = a.Standard[n];
            var y = b.Standard[n];
            f[i++] = x;
            f[i++] = y;
            f[i++] = x == Missing || y == Missing ? Missing : y - x;
        }

        for (var c = 0; c < _categories; c++)
        {
            var x = a.Categories[c];
            var y = b.Categories[c];
            f[i++] = x.Length == 0 || y.Length == 0 ? 0.5f : string.Equals(x, y, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            f[i++] = a.Codes[c];
            f[i++] = b.Codes[c];
        }

        foreach (var (value, min, max) in _ranges)
        {
            f[i++] = Outside(b.Raw[value], a, min, max, _spread[value]);
            f[i++] = Outside(a.Raw[value], b, min, max, _spread[value]);
        }
    }

    /// <summary>A yes-rate smoothed towards one half (one yes and one no added), so a newcomer sits in the middle.</summary>
    private static float Rate((int Yes, int Total) counts) => (counts.Yes + 1f) / (counts.Total + 2f);

    /// <summary>How far a value lies outside someone's wished range, in standard deviations of the value (0 inside).</summary>
    private static float Outside(double? value, Profile wisher, int min, int max, double spread)
    {
        var low = min >= 0 ? wisher.Raw[min] : null;
        var high = max >= 0 ? wisher.Raw[max] : null;
        if (value is not { } v || (low is null && high is null))
        {
            return Missing;
        }

        var below = low is { } l && v < l ? l - v : 0;
        var above = high is { } h && v > h ? v - h : 0;
        return (float)((below + above) / spread);
    }

    /// <summary>One participant's profile, prepared once: text vector, standardised numbers and category codes.</summary>
    private sealed record Profile(
        string Kind,
        IReadOnlySet<string> Tags,
        SparseVector Text,
        double?[] Raw,
        float[] Standard,
        string[] Categories,
        int[] Codes);
}
