namespace Hub.Matching.Evaluation;

/// <summary>
/// The training events' verdicts as ranking rows (one per directed pair, grouped by participant within an event), with
/// every pair's features kept so that both directions of a pair can be scored.
/// </summary>
internal sealed class EventTrainingSet
{
    private readonly Dictionary<(string Event, string From, string To), float[]> _features = [];

    public EventTrainingSet(EventFeatures features, IReadOnlyList<EventInteraction> training)
    {
        Features = features;
        // Lists are numbered in order of appearance: stable from run to run, unlike a string hash.
        var lists = new Dictionary<(string Event, string From), uint>();
        foreach (var g in training.GroupBy(i => (i.Event, i.From, i.To)))
        {
            // Label: the outcome if the organiser recorded one, else 2 for yes and 0 for no.
            var label = g.Max(i => i.Outcome) ?? (g.Any(i => i.Decision) ? 2 : 0);
            var f = features.Of(g.Key.From, g.Key.To, g.Key.Event);
            _features[g.Key] = f;
            Rows.Add((g.Key.Event, new EventPairRow
            {
                Label = label,
                GroupId = lists.TryGetValue((g.Key.Event, g.Key.From), out var list) ? list : lists[(g.Key.Event, g.Key.From)] = (uint)lists.Count,
                Features = f,
            }));
        }

        Events = Rows.Select(r => r.Event).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    public EventFeatures Features { get; }

    public List<(string Event, EventPairRow Row)> Rows { get; } = [];

    public IReadOnlyList<string> Events { get; }

    /// <summary>The features of a directed pair at an event: kept from the rows, or computed for a pair with no verdict.</summary>
    public float[] Of(string ev, string from, string to) =>
        _features.TryGetValue((ev, from, to), out var f) ? f : Features.Of(from, to, ev);

    public List<EventPairRow> RowsOutside(IReadOnlySet<string> events) => Rows.Where(r => !events.Contains(r.Event)).Select(r => r.Row).ToList();
}
