using Hub.Core.Profiles;
using Hub.Core.Seeding;
using Hub.Core.Taxonomy;
using Hub.Matching.Features;

namespace Hub.Matching.Learning;

/// <summary>Builds a <see cref="MatchWorld"/> straight from a generated or committed seed, without a database (tests, benchmarks).</summary>
public static class SeedWorlds
{
    public static MatchWorld Build(DemoWorld seed, IReadOnlyDictionary<int, BehaviourStats>? behaviour = null)
    {
        var tags = seed.Taxonomy.Select((t, i) => new Tag { Id = i + 1, Slug = t.Slug, Name = t.Name, Facet = t.Facet }).ToList();
        var bySlug = tags.ToDictionary(t => t.Slug);
        var ids = new Dictionary<string, int>();
        var profiles = new List<Profile>(seed.Profiles.Count);
        foreach (var (s, i) in seed.Profiles.Select((s, i) => (s, i)))
        {
            var profile = new Profile { Id = i + 1, Name = "", Headline = "", Country = "" };
            s.Profile.ApplyTo(profile);
            profile.Tags = s.Profile.TagSlugs.Select(slug => bySlug[slug]).ToList();
            profile.TagText = string.Join(' ', profile.Tags.Select(t => t.Name));
            profiles.Add(profile);
            ids[s.Key] = profile.Id;
        }

        var offers = seed.ComputeOffers.Select((o, i) =>
        {
            var entity = o.Offer.CopyFor(ids[o.Provider]);
            entity.Id = i + 1;
            return entity;
        }).ToList();
        return MatchWorld.Build(profiles, tags, offers, behaviour ?? new Dictionary<int, BehaviourStats>(), DateTime.UnixEpoch);
    }

    /// <summary>The demo world with its synthetic history applied to responsiveness, as the app sees it after start-up.</summary>
    public static (MatchWorld World, IReadOnlyList<SyntheticSignal> History) WithHistory(DemoWorld seed, int historySeed = 2026)
    {
        var plain = Build(seed);
        var history = SyntheticHistory.Generate(plain, historySeed);
        var behaviour = TrainingSet.Behaviour(history.Select(h => new LabelSignal(h.SeekerId, h.CandidateId, h.Kind)));
        return (Build(seed, behaviour), history);
    }
}
