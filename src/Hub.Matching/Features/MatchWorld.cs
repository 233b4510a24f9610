using Hub.Core.Compute;
using Hub.Core.Profiles;
using Hub.Core.Taxonomy;

namespace Hub.Matching.Features;

/// <summary>
/// An immutable snapshot of every matchable profile, built once and swapped whole when profiles change, so ranking
/// never touches the database.
/// </summary>
public sealed class MatchWorld
{
    private readonly Dictionary<int, int> _indexOf;

    private MatchWorld(MatchProfile[] profiles, string[][] tagNames, TextIndex text, DateTime builtAt)
    {
        Profiles = profiles;
        TagNames = tagNames;
        Text = text;
        BuiltAt = builtAt;
        _indexOf = new Dictionary<int, int>(profiles.Length);
        for (var i = 0; i < profiles.Length; i++)
        {
            _indexOf[profiles[i].Id] = i;
        }

        ByKind = Enum.GetValues<ProfileKind>().ToDictionary(k => k, k => (IReadOnlyList<MatchProfile>)profiles.Where(p => p.Kind == k).ToArray());
    }

    /// <summary>The profiles of each kind, so ranking touches only the kinds it was asked for.</summary>
    public IReadOnlyDictionary<ProfileKind, IReadOnlyList<MatchProfile>> ByKind { get; }

    public static readonly MatchWorld Empty = new([], [[], [], []], new TextIndex(), DateTime.MinValue);

    public IReadOnlyList<MatchProfile> Profiles { get; }

    /// <summary>Tag names by facet (Sector, AiDomain, Technology) and bit position.</summary>
    public string[][] TagNames { get; }

    public TextIndex Text { get; }

    public DateTime BuiltAt { get; }

    public MatchProfile? Find(int id) => _indexOf.TryGetValue(id, out var i) ? Profiles[i] : null;

    public IEnumerable<string> NamesOf(TagFacet facet, ulong bits)
    {
        var names = TagNames[(int)facet - 1];
        for (var i = 0; i < names.Length; i++)
        {
            if ((bits & (1UL << i)) != 0)
            {
                yield return names[i];
            }
        }
    }

    /// <summary>Builds the snapshot. Tags beyond the 64th of a facet are ignored by the matcher (the taxonomy has ~17 each).</summary>
    public static MatchWorld Build(
        IReadOnlyList<Profile> profiles,
        IReadOnlyList<Tag> taxonomy,
        IReadOnlyList<ComputeOffer> offers,
        IReadOnlyDictionary<int, BehaviourStats> behaviour,
        DateTime builtAt)
    {
        var bitOf = new Dictionary<int, (TagFacet Facet, int Bit)>();
        var tagNames = new string[3][];
        foreach (var facet in Enum.GetValues<TagFacet>())
        {
            var tags = taxonomy.Where(t => t.Facet == facet).OrderBy(t => t.Id).Take(64).ToList();
            tagNames[(int)facet - 1] = tags.Select(t => t.Name).ToArray();
            for (var i = 0; i < tags.Count; i++)
            {
                bitOf[tags[i].Id] = (facet, i);
            }
        }

        var text = new TextIndex();
        var documents = profiles.Select(Document).ToList();
        documents.ForEach(text.Add);
        var capacity = offers.GroupBy(o => o.ProviderId).ToDictionary(g => g.Key, g => Capacity(g.ToList()));

        var snapshot = new MatchProfile[profiles.Count];
        for (var i = 0; i < profiles.Count; i++)
        {
            var p = profiles[i];
            ulong sectors = 0, domains = 0, technologies = 0;
            foreach (var tag in p.Tags)
            {
                if (!bitOf.TryGetValue(tag.Id, out var at))
                {
                    continue;
                }

                var bit = 1UL << at.Bit;
                switch (at.Facet)
                {
                    case TagFacet.Sector: sectors |= bit; break;
                    case TagFacet.AiDomain: domains |= bit; break;
                    default: technologies |= bit; break;
                }
            }

            var stats = behaviour.GetValueOrDefault(p.Id);
            var visibility = FieldVisibilityRules.Resolve(p.FieldVisibilities);
            snapshot[i] = new MatchProfile
            {
                Id = p.Id,
                Kind = p.Kind,
                Name = p.Name,
                Offers = p.Offers,
                Seeks = p.Seeks,
                Sectors = sectors,
                Domains = domains,
                Technologies = technologies,
                Country = p.Country,
                Stage = p.Stage,
                RaiseTargetEur = p.RaiseTargetEur,
                TicketMinEur = p.TicketMinEur,
                TicketMaxEur = p.TicketMaxEur,
                RaiseTargetVisibility = visibility[VisibleField.RaiseTarget],
                TicketsVisibility = visibility[VisibleField.Tickets],
                InvestorStages = p.InvestorStages,
                Geographies = p.Geographies,
                IsSme = p.Kind is ProfileKind.Startup || p.CompanySize is null or CompanySize.Micro or CompanySize.Small or CompanySize.Medium,
                Compute = capacity.GetValueOrDefault(p.Id),
                Text = text.Vectorise(documents[i]),
                // Two imaginary answered-of-four requests keep a profile with little history near the middle.
                Responsiveness = stats is null ? 0.5f : (stats.Answered + 2f) / (stats.Received + 4f),
                PendingRequests = stats?.Pending ?? 0,
            };
        }

        return new MatchWorld(snapshot, tagNames, text, builtAt);
    }

    private static string Document(Profile p) => $"{p.Headline} {p.Description} {p.TagText}";

    private static ComputeCapacity Capacity(List<ComputeOffer> offers) => new(
        offers.Sum(o => o.GpuHoursPerMonth),
        offers.Max(o => o.MemoryPerAcceleratorGb),
        offers.SelectMany(o => o.EligibleKinds).ToHashSet(),
        offers.All(o => o.EuOnly),
        offers.All(o => o.SmeOnly),
        offers.Select(o => o.DataResidency).ToHashSet(StringComparer.Ordinal),
        offers.Any(o => o.AccessMode != AccessMode.Paid),
        offers.OrderByDescending(o => o.GpuHoursPerMonth).First().Accelerator);
}
