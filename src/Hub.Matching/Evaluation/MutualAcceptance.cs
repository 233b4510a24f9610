using Hub.Matching.Features;
using Hub.Matching.Ranking;

namespace Hub.Matching.Evaluation;

/// <summary>
/// Whether a ranking pays off in meetings both sides want: every card of each seeker's top list (one list per need, as
/// the "For you" page shows them) is sent as an introduction request, the candidate answers it by an answer model, and
/// the rate is the share of cards that end in an accepted introduction. The answer model gives a probability, so the
/// rate is the mean of those probabilities over the cards: what a very long run of requests would show, without
/// sampling noise.
/// </summary>
public static class MutualAcceptance
{
    public const int Cards = 10;

    /// <param name="accepted">The chance that a request from the seeker (first) ends accepted by the candidate (second).</param>
    /// <param name="reciprocal">Rank by both sides' interest, or by the seeker's alone.</param>
    public static double Rate(MatchWorld world, IPairScorer scorer, IEnumerable<int> seekers, Func<MatchProfile, MatchProfile, double> accepted,
        bool reciprocal, int cards = Cards)
    {
        double sum = 0;
        var count = 0;
        foreach (var seeker in seekers.Select(world.Find).OfType<MatchProfile>())
        {
            foreach (var need in CandidateKinds.NeedsOf(seeker.Kind, seeker.Seeks))
            {
                var top = Recommender.Rank(world, scorer, new RankRequest
                {
                    SeekerId = seeker.Id, Kinds = CandidateKinds.For(need, seeker.Kind), Take = cards, LoadAware = false, Reciprocal = reciprocal,
                });
                foreach (var card in top)
                {
                    sum += accepted(seeker, world.Find(card.CandidateId)!);
                    count++;
                }
            }
        }

        return count == 0 ? double.NaN : sum / count;
    }

    /// <summary>
    /// The highest rate any ranking of the same candidates can reach: each list ranked by the answer model's own
    /// probability. What a reciprocal ranking can gain over a one-sided one is bounded by it.
    /// </summary>
    public static double Ceiling(MatchWorld world, IEnumerable<int> seekers, Func<MatchProfile, MatchProfile, double> accepted, int cards = Cards)
    {
        double sum = 0;
        var count = 0;
        foreach (var seeker in seekers.Select(world.Find).OfType<MatchProfile>())
        {
            foreach (var need in CandidateKinds.NeedsOf(seeker.Kind, seeker.Seeks))
            {
                var kinds = CandidateKinds.For(need, seeker.Kind);
                var best = kinds.Distinct().SelectMany(k => world.ByKind.GetValueOrDefault(k) ?? []).Where(c => c.Id != seeker.Id)
                    .Select(c => accepted(seeker, c)).OrderDescending().Take(cards).ToList();
                sum += best.Sum();
                count += best.Count;
            }
        }

        return count == 0 ? double.NaN : sum / count;
    }
}
