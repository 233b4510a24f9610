using System.Globalization;
using Hub.Core.Recommendations;
using Hub.Matching.Evaluation;

namespace Hub.Matching.Tests;

/// <summary>The demo world's synthetic history written as an organiser's export (participants + interactions), split into four events.</summary>
public static class SyntheticExport
{
    public static (IReadOnlyList<Participant>, IReadOnlyList<EventInteraction>) Build()
    {
        var world = Worlds.Demo;
        var participants = world.Profiles.Select(p => new Participant(
            p.Id.ToString(CultureInfo.InvariantCulture), p.Kind.ToString(), "",
            world.NamesOf(Hub.Core.Taxonomy.TagFacet.Sector, p.Sectors).Concat(world.NamesOf(Hub.Core.Taxonomy.TagFacet.AiDomain, p.Domains))
                .Select(t => t.ToLowerInvariant()).ToHashSet(),
            p.Name,
            new Dictionary<string, double?> { ["raise"] = p.RaiseTargetEur, ["ticket"] = p.TicketMaxEur },
            new Dictionary<string, string> { ["country"] = p.Country, ["stage"] = p.Stage?.ToString() ?? "" })).ToList();
        var grades = Worlds.DemoHistory.GroupBy(s => (s.SeekerId, s.CandidateId))
            .Select(g => (g.Key.SeekerId, g.Key.CandidateId, Best: g.Max(s => InteractionSignal.Grade(s.Kind) ?? 0)));
        var interactions = grades.Select(g => new EventInteraction(
            g.SeekerId.ToString(CultureInfo.InvariantCulture), g.CandidateId.ToString(CultureInfo.InvariantCulture),
            $"event-{g.SeekerId % 4}", null, g.Best >= 2, g.Best)).ToList();
        return (participants, interactions);
    }
}
