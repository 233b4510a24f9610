namespace Hub.Matching.Evaluation;

/// <summary>
/// What is ranked and what counts as a hit: each participant's list of the people they met at one event, and whether a
/// partner is relevant under the target (the participant said yes, or both did).
/// </summary>
internal sealed class EventLists
{
    private readonly Dictionary<(string Event, string From, string To), bool> _verdict;
    private readonly EvaluationTarget _target;

    /// <param name="verdicts">The interactions whose verdicts may be read: never more than the events being scored.</param>
    public EventLists(IEnumerable<EventInteraction> verdicts, EvaluationTarget target)
    {
        _verdict = verdicts.GroupBy(i => (i.Event, i.From, i.To)).ToDictionary(g => g.Key, g => g.Any(i => i.Decision));
        _target = target;
    }

    public bool Relevant(string ev, string from, string to) => _target == EvaluationTarget.Decision
        ? _verdict.GetValueOrDefault((ev, from, to))
        : _verdict.GetValueOrDefault((ev, from, to)) && _verdict.GetValueOrDefault((ev, to, from));

    /// <summary>
    /// Every participant's list at the given meetings: everyone they met there (either side of an interaction), for the
    /// lists with at least one relevant partner, in a fixed order.
    /// </summary>
    public List<(string Event, string Who, List<string> Met)> Of(IEnumerable<EventInteraction> meetings) => meetings
        .SelectMany(i => new[] { (i.Event, Who: i.From, Other: i.To), (i.Event, Who: i.To, Other: i.From) })
        .Distinct()
        .GroupBy(x => (x.Event, x.Who))
        .Select(g => (g.Key.Event, g.Key.Who, Met: g.Select(x => x.Other).Order(StringComparer.Ordinal).ToList()))
        .Where(l => l.Met.Any(o => Relevant(l.Event, l.Who, o)))
        .OrderBy(l => l.Event, StringComparer.Ordinal).ThenBy(l => l.Who, StringComparer.Ordinal)
        .ToList();
}
