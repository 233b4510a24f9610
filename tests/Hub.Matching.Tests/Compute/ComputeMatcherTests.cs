using Hub.Core;
using static Hub.Matching.Tests.Compute.ComputeMarket;

namespace Hub.Matching.Tests.Compute;

/// <summary>The matcher as pages call it: who may ask, what it loads and the order it returns, on a real database.</summary>
public class ComputeMatcherTests(ComputeMarket market) : IClassFixture<ComputeMarket>
{
    [Fact]
    public async Task ANeedsOwnerSeesTheOffersTheyMayApplyToBestFirst()
    {
        var outcome = await market.MatchAsync(m => m.OffersForNeedAsync(Founder, market.StartupNeed));

        Assert.Equal(OutcomeStatus.Done, outcome.Status);
        var matches = outcome.Value!;
        // The research call is for researchers and the paused offer takes no applications: neither is shown.
        Assert.Equal([market.AllHoursInLuxembourg, market.HalfInGermany], matches.Select(m => m.Offer.Offer.Id));
        var best = matches[0];
        Assert.Equal("Kirchberg GPU Cloud", best.Offer.ProviderName);
        Assert.Equal(2_500, best.Offer.FreeThisMonth);
        Assert.Equal(new DateOnly(2026, 11, 1), best.Offer.ThisMonth);
        Assert.Equal(5_000, best.FreeHours);
        Assert.Equal(3_000, matches[1].FreeHours);
        Assert.Contains("All 5,000 GPU-hours you need are free from March to May 2027", best.Reasons);
        Assert.Contains("Your data stays in the EU, in Germany", matches[1].Reasons);
    }

    [Theory]
    [InlineData(Stranger)]
    [InlineData(ProviderMember)]
    public async Task SomeoneWhoDoesNotActForTheNeedIsToldItDoesNotExist(string user)
    {
        var outcome = await market.MatchAsync(m => m.OffersForNeedAsync(user, market.StartupNeed));

        Assert.Equal(OutcomeStatus.NotFound, outcome.Status);
        Assert.Equal("That need does not exist.", outcome.Message);
    }

    [Fact]
    public async Task AProviderSeesTheNeedsOfProfilesEligibleForTheOfferInTheirVoice()
    {
        var outcome = await market.MatchAsync(m => m.NeedsForOfferAsync(ProviderMember, market.AllHoursInLuxembourg));

        // The lab's need is left out: the offer is for startups and companies, and the lab looks for free access.
        var match = Assert.Single(outcome.Value!);
        Assert.Equal(market.StartupNeed, match.Need.Id);
        Assert.Equal("Radiant", match.ProfileName);
        Assert.Contains("They need 5,000 GPU-hours from March to May 2027; all fit in your free capacity", match.Reasons);
        Assert.Contains("Their data must stay in the EU; yours stays in Luxembourg", match.Reasons);
    }

    [Fact]
    public async Task AResearchCallFindsTheResearchersNeedAndNotTheStartups()
    {
        var outcome = await market.MatchAsync(m => m.NeedsForOfferAsync(ProviderMember, market.ResearchCall));

        Assert.Equal([market.ResearchNeed], outcome.Value!.Select(m => m.Need.Id));
    }

    [Fact]
    public async Task APausedOfferHasNoMatchingNeeds()
    {
        var outcome = await market.MatchAsync(m => m.NeedsForOfferAsync(ProviderMember, market.Paused));

        Assert.Equal(OutcomeStatus.Done, outcome.Status);
        Assert.Empty(outcome.Value!);
    }

    [Theory]
    [InlineData(Founder)]
    [InlineData(Stranger)]
    public async Task SomeoneWhoDoesNotManageTheOfferIsToldItDoesNotExist(string user)
    {
        var outcome = await market.MatchAsync(m => m.NeedsForOfferAsync(user, market.AllHoursInLuxembourg));

        Assert.Equal(OutcomeStatus.NotFound, outcome.Status);
        Assert.Equal("That offer does not exist.", outcome.Message);
    }
}
