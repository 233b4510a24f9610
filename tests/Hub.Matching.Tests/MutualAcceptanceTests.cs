using Hub.Core.Profiles;
using Hub.Core.Recommendations;
using Hub.Matching.Evaluation;
using Hub.Matching.Features;
using Hub.Matching.Learning;
using Hub.Matching.Ranking;

namespace Hub.Matching.Tests;

public class MutualAcceptanceTests
{
    // A startup at seed raising €1M, and three investors: A invests at seed with a fitting ticket, B at seed with a
    // ticket far too large, C neither. Everything else is equal, so the content ranking is A, B, C.
    private static readonly MatchWorld World = Worlds.Small([
        Worlds.Startup(1, "Seeker", Stages.Seed, 1_000_000, 1, 4),
        Worlds.Investor(2, "Alpha", Stages.Seed, 500_000, 2_000_000, ["LU"], 1, 4),
        Worlds.Investor(3, "Beta", Stages.Seed, 20_000_000, 50_000_000, ["LU"], 1, 4),
        Worlds.Investor(4, "Gamma", Stages.SeriesB, 20_000_000, 50_000_000, ["LU"], 1, 4),
    ]);

    // The answer model of this hand-made case: how likely each investor is to accept the seeker.
    private static double Accepts(MatchProfile seeker, MatchProfile candidate) => candidate.Id switch { 2 => 0.9, 3 => 0.5, 4 => 0.8, _ => 0 };

    [Fact]
    public void TheRateIsTheMeanAcceptanceOfTheCardsShown()
    {
        var top = Recommender.Rank(World, new ContentScorer(), new RankRequest { SeekerId = 1, Kinds = [ProfileKind.Investor], Take = 2, LoadAware = false, Reciprocal = false });
        Assert.Equal([2, 3], top.Select(r => r.CandidateId));

        // Two cards shown, Alpha (0.9) and Beta (0.5): on average 0.7 of them end in an accepted introduction.
        Assert.Equal(0.7, MutualAcceptance.Rate(World, new ContentScorer(), [1], Accepts, reciprocal: false, cards: 2), 10);
        // The best two cards would have been Alpha and Gamma.
        Assert.Equal(0.85, MutualAcceptance.Ceiling(World, [1], Accepts, cards: 2), 10);
        // Profiles that seek nothing the world offers show no cards; unknown ids are skipped.
        Assert.Equal(0.7, MutualAcceptance.Rate(World, new ContentScorer(), [1, 99], Accepts, reciprocal: false, cards: 2), 10);
    }

    [Fact]
    public void TheDemoAnswerModelAnswersThenAccepts()
    {
        var seeker = World.Find(1)!;
        var alpha = World.Find(2)!;
        var truth = SyntheticPreferences.Of(new Dictionary<int, double> { [1] = 0.3, [2] = -0.5, [3] = 0, [4] = 0 }, new Dictionary<int, int> { [1] = 0, [2] = 1, [3] = 0, [4] = 0 });

        // σ(1 + 2 quality) to answer at all, then σ(its interest in the seeker + its quality − 2.2) to accept.
        var answer = 1 / (1 + Math.Exp(-(1 + (2 * -0.5))));
        var accept = 1 / (1 + Math.Exp(-(truth.Utility(alpha, seeker) - 0.5 - 2.2)));
        Assert.Equal(0.5, answer, 10);
        Assert.Equal(answer * accept, truth.AcceptedIntroductionProbability(seeker, alpha), 10);
    }

    [Fact]
    public void TheEvaluationsAnswerModelIsTheOneTheDemoHistoryWasDrawnFrom()
    {
        // Over every request in the demo history, the share accepted matches the answer model's mean probability.
        var truth = SyntheticHistory.Preferences(Worlds.Demo);
        var history = Worlds.DemoHistory;
        var requested = history.Where(s => s.Kind == SignalKind.IntroductionRequested).Select(s => (s.SeekerId, s.CandidateId)).Distinct().ToList();
        var accepted = history.Where(s => s.Kind == SignalKind.IntroductionAccepted).Select(s => (s.SeekerId, s.CandidateId)).ToHashSet();
        var expected = requested.Average(r => truth.AcceptedIntroductionProbability(Worlds.Demo.Find(r.SeekerId)!, Worlds.Demo.Find(r.CandidateId)!));
        var observed = requested.Count(accepted.Contains) / (double)requested.Count;

        Assert.True(requested.Count > 1_000);
        Assert.InRange(observed, expected - 0.03, expected + 0.03);
    }
}
