using Hub.Core.Profiles;
using Hub.Core.Taxonomy;
using Hub.Matching.Features;

namespace Hub.Matching.Ranking;

/// <summary>
/// Turns the features with the largest positive contributions into sentences that use the pair's actual facts, worded for
/// each reader (<see cref="ReasonVoice"/>). Contributions come from the scorer (exact terms of the content score, or ML.NET
/// feature contributions of the learned model); this class only chooses the words for them.
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

        // Stage and ticket read best as one sentence ("They raise €1.2M at Seed; you invest €0.5M–€2M at Seed"), so they
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

        // Shared words come last, so that they never repeat what another reason already says ("seed" beside the stage).
        var chosen = new List<(MatchFeature Feature, float Contribution, Func<ReasonVoice, string> Words)>();
        var wantsText = false;
        foreach (var (feature, contribution) in order)
        {
            if (chosen.Count + (wantsText ? 1 : 0) == MaxReasons)
            {
                break;
            }

            if (feature == MatchFeature.TextSimilarity)
            {
                wantsText = true;
                continue;
            }

            Func<ReasonVoice, string?> words = feature == MatchFeature.TicketFit && merged
                ? voice => StageAndTicket(seeker, candidate, voice)
                : voice => Sentence(world, feature, seeker, candidate, voice);
            if (words(ReasonVoice.Seeker) is not null)
            {
                chosen.Add((feature, contribution, voice => words(voice)!));
            }
        }

        if (wantsText)
        {
            var said = chosen.SelectMany(c => TextIndex.Tokens(c.Words(ReasonVoice.Observer))).ToHashSet(StringComparer.Ordinal);
            var shared = SharedWords(world, seeker, candidate, said);
            if (shared is not null)
            {
                var contribution = order.First(o => o.Feature == MatchFeature.TextSimilarity).Contribution;
                chosen.Add((MatchFeature.TextSimilarity, contribution, _ => shared));
            }
        }

        return chosen.OrderByDescending(c => c.Contribution).Take(MaxReasons)
            .Select(c => new MatchReason(c.Feature, c.Contribution, c.Words(ReasonVoice.Seeker))
            {
                ForCandidate = c.Words(ReasonVoice.Candidate),
                ForObserver = c.Words(ReasonVoice.Observer),
            })
            .ToList();
    }

    /// <summary>The reason for one feature as the given reader should read it; null when the pair has nothing to say for it.</summary>
    public static string? Sentence(MatchWorld world, MatchFeature feature, MatchProfile seeker, MatchProfile candidate, ReasonVoice voice = ReasonVoice.Seeker)
    {
        var (investor, startup) = PairFeatures.InvestorAndStartup(seeker, candidate);
        var s = Side.Of(seeker, voice == ReasonVoice.Seeker ? "you" : voice == ReasonVoice.Candidate ? "they" : null);
        var c = Side.Of(candidate, voice == ReasonVoice.Candidate ? "you" : voice == ReasonVoice.Seeker ? "they" : null);
        Side SideOf(MatchProfile p) => p == seeker ? s : c;
        switch (feature)
        {
            case MatchFeature.SectorOverlap:
                return $"Both work in {List(world.NamesOf(TagFacet.Sector, seeker.Sectors & candidate.Sectors))}";
            case MatchFeature.DomainOverlap:
                return $"Both work on {List(world.NamesOf(TagFacet.AiDomain, seeker.Domains & candidate.Domains).Select(Lower))}";
            case MatchFeature.TechnologyOverlap:
                return $"Both use {List(world.NamesOf(TagFacet.Technology, seeker.Technologies & candidate.Technologies))}";
            case MatchFeature.TextSimilarity:
                return SharedWords(world, seeker, candidate, []);
            case MatchFeature.IntentFit:
                var met = Labels.Each(seeker.Seeks & (candidate.Offers | (candidate.Offers.HasFlag(Intent.Investment) ? Intent.Funding : Intent.None)
                    | (candidate.Offers.HasFlag(Intent.Funding) ? Intent.Investment : Intent.None)));
                return Capitalise($"{c.Verb("offer")} what {s.Name} {s.Plain("seek")}: {List(met.Select(i => Lower(Labels.Of(i))))}");
            case MatchFeature.StageFit when investor is not null:
                return Pair(voice,
                    $"{SideOf(startup!).Be()} at {Labels.Of(startup!.Stage ?? Stages.None)}",
                    $"{SideOf(investor).Verb("invest")} at {Labels.Of(investor.InvestorStages)}", startupIsSeeker: startup == seeker);
            case MatchFeature.TicketFit when investor is not null && !(Shows(startup!.RaiseTargetVisibility, voice) && Shows(investor.TicketsVisibility, voice)):
                return "The round's size fits the ticket range";
            case MatchFeature.TicketFit when investor is not null:
                return Pair(voice,
                    $"{SideOf(startup!).Verb("raise")} {Labels.Euros(startup!.RaiseTargetEur)}",
                    $"{SideOf(investor).Verb("invest")} {Tickets(investor)}", startupIsSeeker: startup == seeker);
            case MatchFeature.GeographyFit when investor is not null:
                var where = string.Join(", ", investor.Geographies.Select(g => Countries.Names.TryGetValue(g, out var n) ? n : g));
                return Pair(voice,
                    $"{SideOf(startup!).Be()} based in {Countries.NameOf(startup!.Country)}",
                    $"{SideOf(investor).Verb("invest")} in {where}", startupIsSeeker: startup == seeker);
            case MatchFeature.GeographyFit:
                return seeker.Country == candidate.Country
                    ? $"Both based in {Countries.NameOf(seeker.Country)}"
                    : Pair(voice, $"{s.Be()} based in {Countries.NameOf(seeker.Country)}", $"{c.Be()} based in {Countries.NameOf(candidate.Country)}", startupIsSeeker: true) + ", both in the EU";
            case MatchFeature.ComputeFit when candidate.Compute is { } compute:
                var residency = string.Join(", ", compute.Residencies.Select(Countries.NameOf));
                return $"{compute.GpuHours:N0} GPU-hours ({compute.MainAccelerator}) open to {Lower(Labels.Of(seeker.Kind))}s; data stays in {residency}" +
                       (compute.HasFreeCall ? "; free access call" : "");
            case MatchFeature.Responsiveness:
                return Capitalise($"{c.Verb("answer")} {candidate.Responsiveness:P0} of introductions");
            default:
                return null;
        }
    }

    private static string StageAndTicket(MatchProfile seeker, MatchProfile candidate, ReasonVoice voice)
    {
        var (investor, startup) = PairFeatures.InvestorAndStartup(seeker, candidate);
        var startupSide = Side.Of(startup!, Pronoun(startup == seeker, voice));
        var investorSide = Side.Of(investor!, Pronoun(investor == seeker, voice));
        // Figures only for readers who may read them; the stages are public.
        var raise = Shows(startup!.RaiseTargetVisibility, voice) ? $" {Labels.Euros(startup.RaiseTargetEur)}" : "";
        var tickets = Shows(investor!.TicketsVisibility, voice) ? $" {Tickets(investor)}" : "";
        return Pair(voice,
            $"{startupSide.Verb("raise")}{raise} at {Labels.Of(startup.Stage ?? Stages.None)}",
            $"{investorSide.Verb("invest")}{tickets} at {Labels.Of(investor.InvestorStages)}", startupIsSeeker: startup == seeker);
    }

    /// <summary>
    /// Whether a reason in this voice may state a figure: the two sides (seeker and candidate) are signed-in members, an
    /// observer may be anyone (a profile's public "who fits"). A figure shared only after an introduction is never stated.
    /// </summary>
    private static bool Shows(FieldVisibility visibility, ReasonVoice voice) =>
        visibility == FieldVisibility.Public || (visibility == FieldVisibility.Members && voice != ReasonVoice.Observer);

    /// <summary>"you" or "they" for one side as the reader sees it; null (use the name) for an observer.</summary>
    private static string? Pronoun(bool isSeeker, ReasonVoice voice) => voice switch
    {
        ReasonVoice.Seeker => isSeeker ? "you" : "they",
        ReasonVoice.Candidate => isSeeker ? "they" : "you",
        _ => null,
    };

    /// <summary>
    /// Two clauses about the two sides, the other side's first and the reader's own second ("They raise …; you invest …").
    /// An observer reads the candidate (the profile being suggested) first.
    /// </summary>
    private static string Pair(ReasonVoice voice, string startupClause, string investorClause, bool startupIsSeeker)
    {
        var seekerClause = startupIsSeeker ? startupClause : investorClause;
        var candidateClause = startupIsSeeker ? investorClause : startupClause;
        var (first, second) = voice == ReasonVoice.Candidate ? (seekerClause, candidateClause) : (candidateClause, seekerClause);
        return Capitalise(first) + "; " + second;
    }

    /// <summary>
    /// The most distinctive words both descriptions use: highest TF-IDF weight in both texts, never a stop word, a piece of
    /// a hyphenated word ("pre" of "Pre-seed") or a word another reason already says.
    /// </summary>
    private static string? SharedWords(MatchWorld world, MatchProfile seeker, MatchProfile candidate, HashSet<string> alreadySaid)
    {
        var words = seeker.Text.TopSharedTerms(candidate.Text, int.MaxValue)
            .Where(t => !world.Text.IsFragment(t))
            .Select(world.Text.Term)
            .Where(w => !alreadySaid.Contains(w))
            .Take(3).ToList();
        return words.Count == 0 ? null : $"Both descriptions mention {List(words.Select(w => $"“{w}”"))}";
    }

    private static string Tickets(MatchProfile investor) => $"{Labels.Euros(investor.TicketMinEur)}–{Labels.Euros(investor.TicketMaxEur)}";

    private static string Lower(string s) => s.Length > 1 && char.IsUpper(s[1]) ? s : s.ToLowerInvariant();

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

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

    /// <summary>How a sentence names one side: "you"/"they" (plural verbs) or the profile's name (singular verbs).</summary>
    private sealed record Side(string Name, bool Plural)
    {
        public static Side Of(MatchProfile profile, string? pronoun) => pronoun is null ? new Side(profile.Name, false) : new Side(pronoun, true);

        /// <summary>The side as subject with a verb agreed to it: "they raise", "Radiant raises".</summary>
        public string Verb(string verb) => $"{Name} {Plain(verb)}";

        /// <summary>The verb alone, agreed to the side.</summary>
        public string Plain(string verb) => Plural ? verb : verb.EndsWith('s') || verb.EndsWith("sh", StringComparison.Ordinal) ? verb + "es" : verb + "s";

        public string Be() => $"{Name} {(Plural ? "are" : "is")}";
    }
}
