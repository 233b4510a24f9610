using System.Text.RegularExpressions;

namespace Hub.Matching.Features;

/// <summary>
/// TF-IDF over the profiles' text (headline, description, tag names), built once per snapshot. Words of fewer than three
/// letters and a short list of words every profile uses carry no signal and are dropped.
/// </summary>
public sealed partial class TextIndex
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "and", "the", "for", "with", "our", "we", "are", "you", "your", "from", "into", "that", "this", "their", "they",
        "per", "who", "what", "how", "can", "all", "any", "its", "has", "have", "was", "were", "will", "more", "most",
        "also", "not", "but", "than", "them", "one", "two", "new", "use", "using", "used", "work", "works", "working",
        "based", "company", "companies", "startup", "startups", "team", "looking", "about", "out", "over",
    };

    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private readonly List<int> _documentFrequency = [];
    private readonly Dictionary<string, (int Alone, int InCompound)> _usage = new(StringComparer.Ordinal);
    private int _documents;

    public string Term(int id) => _terms[id];

    /// <summary>How many distinct terms the index knows.</summary>
    public int Vocabulary => _terms.Count;

    public static IEnumerable<string> Tokens(string text)
    {
        foreach (Match m in Word().Matches(text.ToLowerInvariant()))
        {
            if (m.Value.Length >= 3 && !StopWords.Contains(m.Value))
            {
                yield return m.Value;
            }
        }
    }

    /// <summary>
    /// True when the term is mostly a piece of hyphenated words ("pre" of "Pre-seed", "end" of "end-to-end"): it counts for
    /// matching, but read alone it means nothing.
    /// </summary>
    public bool IsFragment(int id) => _usage.TryGetValue(_terms[id], out var u) && u.InCompound > u.Alone;

    /// <summary>Counts document frequencies; call once per document before <see cref="Vectorise"/>.</summary>
    public void Add(string text)
    {
        _documents++;
        foreach (Match m in Compound().Matches(text.ToLowerInvariant()))
        {
            var isCompound = m.Value.Contains('-', StringComparison.Ordinal);
            foreach (var part in Tokens(m.Value))
            {
                var u = _usage.GetValueOrDefault(part);
                _usage[part] = isCompound ? (u.Alone, u.InCompound + 1) : (u.Alone + 1, u.InCompound);
            }
        }

        foreach (var token in Tokens(text).Distinct())
        {
            if (!_termIds.TryGetValue(token, out var id))
            {
                id = _terms.Count;
                _termIds[token] = id;
                _terms.Add(token);
                _documentFrequency.Add(0);
            }

            _documentFrequency[id]++;
        }
    }

    public SparseVector Vectorise(string text)
    {
        var counts = new Dictionary<int, int>();
        foreach (var token in Tokens(text))
        {
            if (_termIds.TryGetValue(token, out var id))
            {
                counts[id] = counts.GetValueOrDefault(id) + 1;
            }
        }

        if (counts.Count == 0)
        {
            return SparseVector.Empty;
        }

        var terms = counts.Keys.Order().ToArray();
        var weights = new float[terms.Length];
        double norm = 0;
        for (var i = 0; i < terms.Length; i++)
        {
            var idf = Math.Log((1.0 + _documents) / (1.0 + _documentFrequency[terms[i]])) + 1.0;
            var w = (1.0 + Math.Log(counts[terms[i]])) * idf;
            weights[i] = (float)w;
            norm += w * w;
        }

        var scale = (float)(1.0 / Math.Sqrt(norm));
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] *= scale;
        }

        return new SparseVector(terms, weights);
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}]*")]
    private static partial Regex Word();

    /// <summary>A word with its hyphenated continuations ("pre-seed", "end-to-end"), or a plain word.</summary>
    [GeneratedRegex(@"\p{L}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*")]
    private static partial Regex Compound();
}
