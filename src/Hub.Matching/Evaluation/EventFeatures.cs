using Hub.Matching.Features;

namespace Hub.Matching.Evaluation;

/// <summary>Features of a pair of past participants, from their profiles and the training events' verdicts.</summary>
internal sealed class EventFeatures
{
    private readonly Dictionary<string, Participant> _participants;
    private readonly Dictionary<string, SparseVector> _text = [];
    private readonly Dictionary<string, (int Yes, int Total)> _received = [];
    private readonly Dictionary<string, (int Yes, int Total)> _given = [];
    private readonly Dictionary<(string Id, string Event), (int Yes, int Total)> _receivedIn = [];
    private readonly Dictionary<(string Id, string Event), (int Yes, int Total)> _givenIn = [];
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
            var yes = i.Decision ? 1 : 0;
            Count(_received, i.To, yes);
            Count(_given, i.From, yes);
            Count(_receivedIn, (i.To, i.Event), yes);
            Count(_givenIn, (i.From, i.Event), yes);
        }
    }

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

    /// <summary>How many features a pair has: six general ones, two per number column and one per category column.</summary>
    public int Width => 6 + 2 * _numbers.Count + _categories.Count;

    /// <summary>The features of <paramref name="from"/>'s verdict on <paramref name="to"/> at event <paramref name="ev"/>.</summary>
    public float[] Of(string from, string to, string ev)
    {
        var a = _participants[from];
        var b = _participants[to];
        var f = new float[Width];
        var i = 0;
        f[i++] = (float)Jaccard(from, to);
        f[i++] = _text[from].Dot(_text[to]);
        f[i++] = a.Kind == b.Kind ? 1 : 0;
        var (ry, rt) = Outside(_received, _receivedIn, to, ev);
        f[i++] = (ry + 1f) / (rt + 2f);
        var (gy, gt) = Outside(_given, _givenIn, from, ev);
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
