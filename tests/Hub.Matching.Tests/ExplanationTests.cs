using Hub.Core.Profiles;
using Hub.Matching.Features;
using Hub.Matching.Ranking;

namespace Hub.Matching.Tests;

public class ExplanationTests
{
    private static readonly MatchWorld World = Worlds.Small(
    [
        Worlds.Startup(1, "Radiant", Stages.Seed, 1_200_000, 2, 4),
        Worlds.Investor(2, "Alzette Seed", Stages.Seed, 500_000, 2_000_000, ["LU"], 2, 4),
    ]);

    private static IReadOnlyList<MatchReason> Reasons(int seeker, int candidate)
    {
        var s = World.Find(seeker)!;
        var c = World.Find(candidate)!;
        var f = PairFeatures.Compute(s, c);
        var contributions = new float[PairFeatures.Count];
        new ContentScorer().Contributions(f, contributions);
        return Explanations.Explain(World, s, c, f, contributions);
    }

    [Fact]
    public void AStartupReadsTheInvestorsTicketAndStageAgainstItsOwnRound()
    {
        var reasons = Reasons(1, 2).Select(r => r.Text).ToList();
        Assert.Contains("Invests €500k–€2M at Seed; you raise €1.2M at Seed", reasons);
        Assert.True(reasons.Count <= Explanations.MaxReasons);
    }

    [Fact]
    public void AnInvestorReadsTheStartupsRoundAgainstItsTickets()
    {
        var reasons = Reasons(2, 1).Select(r => r.Text).ToList();
        Assert.Contains("Raises €1.2M at Seed; you invest €500k–€2M at Seed", reasons);
    }

    [Fact]
    public void SharedSectorsAndDomainsAreNamed()
    {
        var s = World.Find(1)!;
        var c = World.Find(2)!;
        Assert.Equal("Both work in Health", Explanations.Sentence(World, MatchFeature.SectorOverlap, s, c));
        Assert.Equal("Both work on computer vision", Explanations.Sentence(World, MatchFeature.DomainOverlap, s, c));
    }

    [Fact]
    public void ReasonsFollowTheContentScoresOwnTerms()
    {
        var s = World.Find(1)!;
        var c = World.Find(2)!;
        var f = PairFeatures.Compute(s, c);
        var contributions = new float[PairFeatures.Count];
        var scorer = new ContentScorer();
        scorer.Contributions(f, contributions);

        var reasons = Explanations.Explain(World, s, c, f, contributions);

        // The explanation is the score: its terms sum to the score, and the reasons are the largest terms.
        Assert.Equal(scorer.Interest(f), contributions.Sum(), 4);
        Assert.Equal(reasons.Max(r => r.Contribution), reasons[0].Contribution);
        var largest = (MatchFeature)Enumerable.Range(0, PairFeatures.Count).OrderByDescending(i => contributions[i]).First();
        Assert.Contains(reasons, r => r.Feature == largest);
    }

    [Fact]
    public void NegativeAndZeroTermsNeverBecomeReasons()
    {
        var s = World.Find(1)!;
        var c = World.Find(2)!;
        var f = PairFeatures.Compute(s, c);
        var contributions = new float[PairFeatures.Count];
        contributions[(int)MatchFeature.Load] = 5f; // load is a penalty, never a reason
        contributions[(int)MatchFeature.SectorOverlap] = -1f;
        Assert.Empty(Explanations.Explain(World, s, c, f, contributions));
    }
}
