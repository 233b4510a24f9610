using Hub.Core.Compute;
using Hub.Core.Profiles;
using Hub.Core.Seeding;
using Hub.Core.Taxonomy;
using Hub.Matching.Features;
using Hub.Matching.Learning;

namespace Hub.Matching.Tests;

/// <summary>Small hand-made worlds and the (cached) demo world for tests.</summary>
public static class Worlds
{
    private static readonly Lazy<(MatchWorld World, IReadOnlyList<SyntheticSignal> History)> DemoWithHistory =
        new(() => SeedWorlds.WithHistory(new DemoWorldGenerator().Generate()));

    public static MatchWorld Demo => DemoWithHistory.Value.World;

    public static IReadOnlyList<LabelSignal> DemoHistory =>
        DemoWithHistory.Value.History.Select(h => new LabelSignal(h.SeekerId, h.CandidateId, h.Kind)).ToList();

    public static readonly Tag[] Taxonomy =
    [
        new() { Id = 1, Slug = "fintech", Name = "Fintech", Facet = TagFacet.Sector },
        new() { Id = 2, Slug = "health", Name = "Health", Facet = TagFacet.Sector },
        new() { Id = 3, Slug = "space", Name = "Space", Facet = TagFacet.Sector },
        new() { Id = 4, Slug = "computer-vision", Name = "Computer vision", Facet = TagFacet.AiDomain },
        new() { Id = 5, Slug = "nlp", Name = "Natural language processing", Facet = TagFacet.AiDomain },
        new() { Id = 6, Slug = "pytorch", Name = "PyTorch", Facet = TagFacet.Technology },
    ];

    public static Profile Startup(int id, string name, Stages stage, long raise, params int[] tags) => new()
    {
        Id = id, Kind = ProfileKind.Startup, Name = name, Headline = $"{name} builds imaging software", Country = "LU",
        Description = "Computer vision for radiology triage in hospitals.", Stage = stage, RaiseTargetEur = raise,
        Seeks = Intent.Funding | Intent.Compute, Offers = Intent.IndustryPartner, Tags = tags.Select(t => Taxonomy[t - 1]).ToList(),
    };

    public static Profile Investor(int id, string name, Stages stages, long min, long max, string[] geographies, params int[] tags) => new()
    {
        Id = id, Kind = ProfileKind.Investor, Name = name, Headline = $"{name} invests in health AI", Country = "LU",
        Description = "Seed investor in radiology and hospital software.", InvestorStages = stages, TicketMinEur = min, TicketMaxEur = max,
        Geographies = [.. geographies], Offers = Intent.Investment, Seeks = Intent.Investment, Tags = tags.Select(t => Taxonomy[t - 1]).ToList(),
    };

    public static MatchWorld Small(IEnumerable<Profile> profiles, IEnumerable<ComputeOffer>? offers = null, Dictionary<int, BehaviourStats>? behaviour = null)
    {
        var list = profiles.ToList();
        foreach (var p in list)
        {
            p.TagText = string.Join(' ', p.Tags.Select(t => t.Name));
        }

        return MatchWorld.Build(list, Taxonomy, (offers ?? []).ToList(), behaviour ?? [], DateTime.UnixEpoch);
    }
}
