using Hub.Core.Profiles;
using Hub.Core.Recommendations;
using Hub.Matching.Features;
using Hub.Matching.Ranking;

namespace Hub.Matching.Tests;

public class RecommenderTests
{
    private static readonly MatchWorld World = Worlds.Small(
    [
        Worlds.Startup(1, "Radiant", Stages.Seed, 1_200_000, 2, 4),
        Worlds.Investor(2, "Alzette Seed", Stages.Seed, 500_000, 2_000_000, ["LU"], 2, 4),
        Worlds.Investor(3, "Growth Partners", Stages.Growth, 10_000_000, 50_000_000, ["DACH"], 1),
        Worlds.Investor(4, "Health Angels", Stages.PreSeed | Stages.Seed, 50_000, 300_000, ["LU"], 2),
        Worlds.Startup(5, "Orbit", Stages.SeriesA, 8_000_000, 3),
    ]);

    private static RankRequest Investors(int take = 10) => new() { SeekerId = 1, Kinds = [ProfileKind.Investor], Take = take };

    [Theory]
    [InlineData(0.8f, 0.8f, 0.8f)]
    [InlineData(0.9f, 0.1f, 0.24545454f)]
    [InlineData(0.5f, 0f, 0f)]
    public void ReciprocalCombinationIsLowWhenEitherSideIsLow(float forward, float backward, float expected) =>
        Assert.Equal(expected, Reciprocal.Combine(forward, backward), 5);

    [Fact]
    public void TheSeekersOwnInterestWeighsMoreThanTheOtherSides() =>
        Assert.True(Reciprocal.Combine(0.9f, 0.3f) > Reciprocal.Combine(0.3f, 0.9f));

    [Fact]
    public void RanksTheFittingInvestorFirstWithReasons()
    {
        var ranked = Recommender.Rank(World, new ContentScorer(), Investors());
        Assert.Equal([2, 4, 3], ranked.Select(r => r.CandidateId));
        Assert.NotEmpty(ranked[0].Reasons);
        Assert.All(ranked, r => Assert.InRange(r.Score, 0f, 1.5f));
    }

    [Fact]
    public void OnlyTheRequestedKindsAndNeverTheSeekerThemself()
    {
        var ranked = Recommender.Rank(World, new ContentScorer(), Investors());
        Assert.DoesNotContain(ranked, r => r.CandidateId is 1 or 5);
    }

    [Fact]
    public void ExcludedProfilesAreNotShown()
    {
        var ranked = Recommender.Rank(World, new ContentScorer(), Investors() with { Exclude = new HashSet<int> { 2 } });
        Assert.DoesNotContain(ranked, r => r.CandidateId == 2);
    }

    [Fact]
    public void ADismissalForTheTicketHoldsBackCandidatesWithSimilarTickets()
    {
        var world = Worlds.Small(
        [
            Worlds.Startup(1, "Radiant", Stages.Seed, 1_200_000, 2),
            Worlds.Investor(2, "Small Tickets", Stages.Seed, 50_000, 300_000, ["LU"], 2),
            Worlds.Investor(3, "Also Small", Stages.Seed, 100_000, 400_000, ["LU"], 2),
            Worlds.Investor(4, "Big Tickets", Stages.Seed, 500_000, 2_000_000, ["LU"], 2),
        ]);
        var before = Recommender.Rank(world, new ContentScorer(), Investors()).ToDictionary(r => r.CandidateId, r => r.Score);
        var after = Recommender.Rank(world, new ContentScorer(), Investors() with
        {
            Exclude = new HashSet<int> { 2 },
            Dismissals = [new Dismissal(2, DismissalReason.WrongTicket)],
        }).ToDictionary(r => r.CandidateId, r => r.Score);

        // Tickets of €100k–€400k overlap the dismissed €50k–€300k: held back. €500k–€2M do not: untouched.
        Assert.True(after[3] < before[3], $"{after[3]} should be below {before[3]}");
        Assert.Equal(before[4], after[4]);
    }

    [Fact]
    public void AWrongSectorDismissalHoldsBackThatSectorButNeverTheSeekersOwn()
    {
        var world = Worlds.Small(
        [
            Worlds.Startup(1, "Radiant", Stages.Seed, 1_200_000, 2),
            Worlds.Investor(2, "Fintech Fund", Stages.Seed, 500_000, 2_000_000, ["LU"], 1),
            Worlds.Investor(3, "Fintech Two", Stages.Seed, 500_000, 2_000_000, ["LU"], 1),
            Worlds.Investor(4, "Health Fund", Stages.Seed, 500_000, 2_000_000, ["LU"], 2),
            Worlds.Investor(5, "Health Two", Stages.Seed, 500_000, 2_000_000, ["LU"], 2),
        ]);
        var before = Recommender.Rank(world, new ContentScorer(), Investors()).ToDictionary(r => r.CandidateId, r => r.Score);

        var fintechDismissed = Recommender.Rank(world, new ContentScorer(), Investors() with
        {
            Exclude = new HashSet<int> { 2 },
            Dismissals = [new Dismissal(2, DismissalReason.WrongSector)],
        }).ToDictionary(r => r.CandidateId, r => r.Score);
        var healthDismissed = Recommender.Rank(world, new ContentScorer(), Investors() with
        {
            Exclude = new HashSet<int> { 4 },
            Dismissals = [new Dismissal(4, DismissalReason.WrongSector)],
        }).ToDictionary(r => r.CandidateId, r => r.Score);

        Assert.True(fintechDismissed[3] < before[3], "another fintech investor should be held back");
        // Health is the seeker's own sector: a "wrong sector" dismissal of a health investor holds back no health investor.
        Assert.Equal(before[5], healthDismissed[5]);
    }

    [Fact]
    public void AWrongLocationDismissalHoldsBackOthersFromThatCountry()
    {
        var world = Worlds.Small(
        [
            Worlds.Startup(1, "Radiant", Stages.Seed, 1_200_000, 2),
            WithCountry(Worlds.Investor(2, "Paris Seed", Stages.Seed, 500_000, 2_000_000, ["EU"], 2), "FR"),
            WithCountry(Worlds.Investor(3, "Lyon Seed", Stages.Seed, 500_000, 2_000_000, ["EU"], 2), "FR"),
            Worlds.Investor(4, "Kirchberg Seed", Stages.Seed, 500_000, 2_000_000, ["EU"], 2),
        ]);
        var before = Recommender.Rank(world, new ContentScorer(), Investors()).ToDictionary(r => r.CandidateId, r => r.Score);
        var after = Recommender.Rank(world, new ContentScorer(), Investors() with
        {
            Exclude = new HashSet<int> { 2 },
            Dismissals = [new Dismissal(2, DismissalReason.WrongLocation)],
        }).ToDictionary(r => r.CandidateId, r => r.Score);

        Assert.True(after[3] < before[3]);
        Assert.Equal(before[4], after[4]);
    }

    [Fact]
    public void AFloodedCandidateIsHeldBackAndAnUnseenOneLifted()
    {
        Assert.True(Recommender.LoadFactor(0, 10) > 1f);
        Assert.Equal(1f, Recommender.LoadFactor(10, 10));
        Assert.True(Recommender.LoadFactor(30, 10) < 0.3f);

        var calm = Recommender.Rank(World, new ContentScorer(), Investors() with { Exposure = new Dictionary<int, int> { [2] = 5, [4] = 5, [3] = 5 } });
        var flooded = Recommender.Rank(World, new ContentScorer(), Investors() with { Exposure = new Dictionary<int, int> { [2] = 500, [4] = 5, [3] = 5 } });
        Assert.Equal(2, calm[0].CandidateId);
        Assert.NotEqual(2, flooded[0].CandidateId);
    }

    private static Profile WithCountry(Profile p, string country)
    {
        p.Country = country;
        return p;
    }
}

public class CountryFilterTests
{
    [Fact]
    public void ACountryFilterKeepsOnlyCandidatesFromThatCountry()
    {
        var world = Worlds.Demo;
        var startup = world.Profiles.First(p => p.Kind == ProfileKind.Startup);
        var ranked = Recommender.Rank(world, new ContentScorer(), new RankRequest { SeekerId = startup.Id, Kinds = [ProfileKind.Investor], Take = 50, Country = "LU" });
        Assert.NotEmpty(ranked);
        Assert.All(ranked, r => Assert.Equal("LU", world.Find(r.CandidateId)!.Country));
    }
}
