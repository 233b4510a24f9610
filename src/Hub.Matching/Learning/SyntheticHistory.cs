using Hub.Core.Recommendations;
using Hub.Matching.Features;
using Hub.Matching.Ranking;

namespace Hub.Matching.Learning;

/// <summary>
/// A deterministic interaction history for the demo ecosystem, drawn from documented latent preferences (docs/matching.md)
/// that the content score does not know: how much people really weigh each fact, a hidden favourite AI domain per seeker
/// and a hidden "quality" per candidate that also makes them answer more. The learned model has to discover these.
/// </summary>
public static class SyntheticHistory
{
    /// <summary>How strongly each feature drives real interest, per feature (compare ContentScorer.DefaultWeights).</summary>
    public static readonly float[] LatentWeights =
    [
        1.4f,  // sector overlap
        0.6f,  // AI domain overlap
        0.2f,  // technology overlap
        0.8f,  // text similarity
        1.2f,  // intent fit
        2.2f,  // stage fit: investors almost never meet outside their stages
        2.0f,  // ticket fit
        0.9f,  // geography fit
        2.0f,  // compute fit
        0.0f,  // responsiveness (emerges from quality below)
        0.0f,  // load
    ];

    public const int DefaultSeed = 2026;

    /// <summary>The latent truths the history of this world and seed is drawn from (the first draws of its seed).</summary>
    public static SyntheticPreferences Preferences(MatchWorld world, int seed = DefaultSeed) => SyntheticPreferences.Draw(world, new Random(seed));

    public static IReadOnlyList<SyntheticSignal> Generate(MatchWorld world, int seed = DefaultSeed, int shownPerNeed = 25)
    {
        var rng = new Random(seed);
        var content = new ContentScorer();
        var truth = SyntheticPreferences.Draw(world, rng);
        var quality = truth.Quality;
        var signals = new List<SyntheticSignal>();
        foreach (var seeker in world.Profiles)
        {
            foreach (var need in CandidateKinds.NeedsOf(seeker.Kind, seeker.Seeks))
            {
                var kinds = CandidateKinds.For(need, seeker.Kind);
                // What the seeker was shown: mostly the content ranking of the time, plus some exploration.
                var ranked = Recommender.Rank(world, content, new RankRequest
                {
                    SeekerId = seeker.Id, Kinds = kinds, Take = shownPerNeed, LoadAware = false, Reciprocal = false,
                }).Select(r => r.CandidateId).ToList();
                var pool = world.Profiles.Where(p => kinds.Contains(p.Kind) && p.Id != seeker.Id).ToList();
                for (var i = 0; i < 8 && pool.Count > 0; i++)
                {
                    ranked.Add(pool[rng.Next(pool.Count)].Id);
                }

                foreach (var candidateId in ranked.Distinct())
                {
                    var candidate = world.Find(candidateId)!;
                    var interest = truth.Utility(seeker, candidate) + Normal(rng) * 0.5;
                    signals.Add(new SyntheticSignal(seeker.Id, candidate.Id, SignalKind.Impression, null));
                    var p = Sigmoid(interest - 2.6);
                    var roll = rng.NextDouble();
                    if (roll > p + 0.35)
                    {
                        signals.Add(new SyntheticSignal(seeker.Id, candidate.Id, SignalKind.Dismissed, ReasonFor(seeker, candidate)));
                        continue;
                    }

                    if (roll > p)
                    {
                        continue; // shown and ignored
                    }

                    signals.Add(new SyntheticSignal(seeker.Id, candidate.Id, SignalKind.Viewed, null));
                    if (rng.NextDouble() > Sigmoid(interest - 3.0))
                    {
                        continue;
                    }

                    signals.Add(new SyntheticSignal(seeker.Id, candidate.Id,
                        rng.NextDouble() < 0.5 ? SignalKind.Saved : SignalKind.IntroductionRequested, null));
                    if (signals[^1].Kind != SignalKind.IntroductionRequested)
                    {
                        continue;
                    }

                    // The other side answers according to its own interest and its responsiveness (quality).
                    var back = truth.Utility(candidate, seeker) + quality[candidate.Id];
                    var answers = rng.NextDouble() < truth.AnswerProbability(candidate);
                    if (!answers)
                    {
                        continue;
                    }

                    var accepted = rng.NextDouble() < truth.AcceptProbability(seeker, candidate);
                    signals.Add(new SyntheticSignal(seeker.Id, candidate.Id, accepted ? SignalKind.IntroductionAccepted : SignalKind.IntroductionDeclined, null));
                    if (accepted && rng.NextDouble() < Sigmoid(interest + back - 4.5))
                    {
                        signals.Add(new SyntheticSignal(seeker.Id, candidate.Id, SignalKind.MeetingPositive, null));
                    }
                }
            }
        }

        return signals;
    }

    private static DismissalReason ReasonFor(MatchProfile seeker, MatchProfile candidate)
    {
        var f = PairFeatures.Compute(seeker, candidate);
        var (investor, _) = PairFeatures.InvestorAndStartup(seeker, candidate);
        if (investor is not null && f[(int)MatchFeature.StageFit] < 1) return DismissalReason.WrongStage;
        if (investor is not null && f[(int)MatchFeature.TicketFit] < 1) return DismissalReason.WrongTicket;
        if (f[(int)MatchFeature.SectorOverlap] == 0) return DismissalReason.WrongSector;
        if (f[(int)MatchFeature.GeographyFit] < 0.5) return DismissalReason.WrongLocation;
        return DismissalReason.Other;
    }

    private static double Sigmoid(double x) => SyntheticPreferences.Sigmoid(x);

    private static double Normal(Random rng) => SyntheticPreferences.Normal(rng);
}
