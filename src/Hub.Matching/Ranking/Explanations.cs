using Hub.Core.Profiles;
using Hub.Core.Taxonomy;
using Hub.Matching.Features;

namespace Hub.Matching.Ranking;

/// <summary>
/// Turns the features with the largest positive contributions into sentences that use the pair's actual facts.
/// Contributions come from the scorer (exact terms of the content score, or ML.NET feature contributions of the learned
/// model); this class only chooses the words for them.
/// </summary>
public static class Explanations
{
    public const int MaxReasons = 3;
    private const float MinContribution = 1e-3f;

    public static IReadOnlyList<MatchReason> Explain(MatchWorld world, MatchProfile seeker, MatchProfile candidate, ReadOnlySpan<float> features, ReadOnlySpan<float> contributions)
    {
        var order = new List<(MatchFeature Feature, float Contribution)>();
        for (var i = 0; i < PairFeatures.Count; i++)
        {
            var feature = (MatchFeature)i;
            if (contributions[i] > MinContribution && features[i] > 0 && feature != MatchFeature.Load)
            {
                order.Add((feature, contributions[i]));
            }
        }

        // Stage and ticket read best as one sentence ("Invests €0.5M–€2M at Seed; you raise €1.2M at Seed"), so they
        // compete for a place as one fact carrying both contributions.
        var stage = order.FindIndex(c => c.Feature == MatchFeature.StageFit);
        var ticket = order.FindIndex(c => c.Feature == MatchFeature.TicketFit);
        var merged = stage >= 0 && ticket >= 0;
        if (merged)
        {
            order[ticket] = (MatchFeature.TicketFit, order[ticket].Contribution + order[stage].Contribution);
            order.RemoveAt(stage);
        }

        order.Sort((a, b) => b.Contribution.CompareTo(a.Contribution));
        var reasons = new List<MatchReason>();
        foreach (var (feature, contribution) in order)
        {
            var text = feature == MatchFeature.TicketFit && merged
                ? StageAndTicket(seeker, candidate)
                : Sentence(world, feature, seeker, candidate);
            if (text is not null)
            {
                reasons.Add(new MatchReason(feature, contribution, text));
            }

            if (reasons.Count == MaxReasons)
            {
                break;
            }
        }

        return reasons;
    }

    public static string? Sentence(MatchWorld world, MatchFeature feature, MatchProfile seeker, MatchProfile candidate)
    {
        var (investor, startup) = PairFeatures.InvestorAndStartup(seeker, candidate);
        var seekerIsInvestor = investor == seeker;
        switch (feature)
        {
            case MatchFeature.SectorOverlap:
                return $"Both work in {List(world.NamesOf(TagFacet.Sector, seeker.Sectors & candidate.Sectors))}";
            case MatchFeature.DomainOverlap:
                return $"Both work on {List(world.NamesOf(TagFacet.AiDomain, seeker.Domains & candidate.Domains).Select(Lower))}";
            case MatchFeature.TechnologyOverlap:
                return $"Both use {List(world.NamesOf(TagFacet.Technology, seeker.Technologies & candidate.Technologies))}";
            case MatchFeature.TextSimilarity:
                var words = seeker.Text.TopSharedTerms(candidate.Text, 3).Select(world.Text.Term).ToList();
                return words.Count == 0 ? null : $"Your descriptions share {List(words.Select(w => $"“{w}”"))}";
            case MatchFeature.IntentFit:
                var met = Labels.Each(seeker.Seeks & (candidate.Offers | (candidate.Offers.HasFlag(Intent.Investment) ? Intent.Funding : Intent.None)
                    | (candidate.Offers.HasFlag(Intent.Funding) ? Intent.Investment : Intent.None)));
                return $"Offers what you seek: {List(met.Select(i => Lower(Labels.Of(i))))}";
            case MatchFeature.StageFit when investor is not null:
                return seekerIsInvestor
                    ? $"At {Labels.Of(startup!.Stage ?? Stages.None)}, a stage you invest in"
                    : $"Invests at {Labels.Of(investor.InvestorStages)}; you are at {Labels.Of(startup!.Stage ?? Stages.None)}";
            case MatchFeature.TicketFit when investor is not null:
                return seekerIsInvestor
                    ? $"Raises {Labels.Euros(startup!.RaiseTargetEur)}; your tickets are {Tickets(investor)}"
                    : $"Invests {Tickets(investor)}; you raise {Labels.Euros(startup!.RaiseTargetEur)}";
            case MatchFeature.GeographyFit when investor is not null:
                return seekerIsInvestor
                    ? $"Based in {Countries.NameOf(startup!.Country)}, where you invest"
                    : $"Invests in {string.Join(", ", investor.Geographies.Select(g => Countries.Names.TryGetValue(g, out var n) ? n : g))}, which covers {Countries.NameOf(startup!.Country)}";
            case MatchFeature.GeographyFit:
                return seeker.Country == candidate.Country
                    ? $"Both based in {Countries.NameOf(seeker.Country)}"
                    : $"Based in {Countries.NameOf(candidate.Country)}, in the EU like you";
            case MatchFeature.ComputeFit when candidate.Compute is { } compute:
                var residency = string.Join(", ", compute.Residencies.Select(Countries.NameOf));
                return $"{compute.GpuHours:N0} GPU-hours ({compute.MainAccelerator}) open to {Lower(Labels.Of(seeker.Kind))}s; data stays in {residency}" +
                       (compute.HasFreeCall ? "; free access call" : "");
            case MatchFeature.Responsiveness:
                return $"Answers {candidate.Responsiveness:P0} of introductions";
            default:
                return null;
        }
    }

    private static string StageAndTicket(MatchProfile seeker, MatchProfile candidate)
    {
        var (investor, startup) = PairFeatures.InvestorAndStartup(seeker, candidate);
        var stage = Labels.Of(startup!.Stage ?? Stages.None);
        return investor == seeker
            ? $"Raises {Labels.Euros(startup.RaiseTargetEur)} at {stage}; you invest {Tickets(investor)} at {Labels.Of(investor.InvestorStages)}"
            : $"Invests {Tickets(investor!)} at {Labels.Of(investor!.InvestorStages)}; you raise {Labels.Euros(startup.RaiseTargetEur)} at {stage}";
    }

    private static string Tickets(MatchProfile investor) => $"{Labels.Euros(investor.TicketMinEur)}–{Labels.Euros(investor.TicketMaxEur)}";

    private static string Lower(string s) => s.Length > 1 && char.IsUpper(s[1]) ? s : s.ToLowerInvariant();

    private static string List(IEnumerable<string> items)
    {
        var list = items.Take(3).ToList();
        return list.Count switch
        {
            0 => "",
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1],
        };
    }
}
