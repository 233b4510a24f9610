using Hub.Core.Compute;
using Hub.Core.Profiles;
using Hub.Matching.Compute;
using static Hub.Matching.Tests.Compute.ComputeCases;

namespace Hub.Matching.Tests.Compute;

/// <summary>The hard rules: a pair that breaks one is never a match, and says why to each side.</summary>
public class ComputeFitRulesTests
{
    private static void AssertNoMatch(ComputeFit fit, string forOwner, string forProvider)
    {
        Assert.False(fit.IsMatch);
        Assert.Equal(0, fit.Score);
        Assert.Empty(fit.Reasons);
        Assert.Contains(new FitNote(forOwner, forProvider), fit.Blockers);
    }

    [Fact]
    public void TheCaseEveryTestChangesIsAMatch()
    {
        var fit = Fit(Need(), Offer());

        Assert.True(fit.IsMatch, string.Join("; ", fit.Blockers.Select(b => b.ForOwner)));
        Assert.InRange(fit.Score, 0.01, 1);
    }

    [Fact]
    public void AnOfferForOtherKindsIsNoMatchAndSaysWhyInEachVoice()
    {
        var fit = Fit(Need(), Offer(o => o.EligibleKinds = [ProfileKind.Researcher]));

        AssertNoMatch(fit, "The offer is open to researchers only, and you're a startup", "Your offer is open to researchers only, and they're a startup");
    }

    [Fact]
    public void AnEuOnlyOfferIsNoMatchForAnApplicantOutsideTheEu()
    {
        var fit = Fit(Need(r => r.Residency = ResidencyRequirement.Anywhere), Offer(), applicant: Radiant with { Country = "CH" });

        AssertNoMatch(fit, "The offer is for applicants based in the EU, and you're in Switzerland",
            "Your offer is for applicants based in the EU, and they're in Switzerland");
    }

    [Theory]
    [InlineData(OfferStatus.Paused, "The provider has paused the offer: it takes no applications for now")]
    [InlineData(OfferStatus.Closed, "The offer is closed")]
    public void AnOfferThatIsNotOpenIsNoMatch(OfferStatus status, string forOwner)
    {
        var fit = Fit(Need(), Offer(o => o.Status = status));

        Assert.False(fit.IsMatch);
        Assert.Contains(forOwner, fit.Blockers.Select(b => b.ForOwner));
    }

    [Theory]
    [InlineData(ResidencyRequirement.Luxembourg, "LU", true)]
    [InlineData(ResidencyRequirement.Luxembourg, "DE", false)]
    [InlineData(ResidencyRequirement.EuropeanUnion, "LU", true)]
    [InlineData(ResidencyRequirement.EuropeanUnion, "DE", true)]
    [InlineData(ResidencyRequirement.EuropeanUnion, "CH", false)]
    [InlineData(ResidencyRequirement.EuropeanUnion, "US", false)]
    [InlineData(ResidencyRequirement.Anywhere, "US", true)]
    public void WhereTheDataStaysMustMeetTheNeedsRequirement(ResidencyRequirement required, string residency, bool match)
    {
        var fit = Fit(Need(n => n.Residency = required), Offer(o => o.DataResidency = residency));

        Assert.Equal(match, fit.IsMatch);
    }

    [Fact]
    public void DataThatMustStayInLuxembourgRulesOutAnOfferInGermany()
    {
        var fit = Fit(Need(), Offer(o => o.DataResidency = "DE"));

        AssertNoMatch(fit, "Your data must stay in Luxembourg; this offer keeps it in Germany", "Their data must stay in Luxembourg; yours stays in Germany");
    }

    [Fact]
    public void GpusWithLessMemoryThanTheNeedsMinimumAreNoMatch()
    {
        var fit = Fit(Need(n => n.MinMemoryGb = 80), Offer(o => o.MemoryPerAcceleratorGb = 40));

        AssertNoMatch(fit, "The offer's GPUs have 40 GB each; you need at least 80 GB", "They need at least 80 GB per GPU; yours have 40 GB");
    }

    [Fact]
    public void GpusWithExactlyTheNeedsMemoryFit()
    {
        Assert.True(Fit(Need(n => n.MinMemoryGb = 80), Offer()).IsMatch);
    }

    [Fact]
    public void AnOfferWhoseWindowMissesTheNeedsMonthsIsNoMatch()
    {
        var offer = Offer(o => (o.AvailableFrom, o.AvailableUntil) = (new DateOnly(2027, 1, 1), new DateOnly(2027, 2, 28)));

        AssertNoMatch(Fit(Need(), offer), "The offer's hours are for January to February 2027, outside your timeframe (March to May 2027)",
            "They need compute for March to May 2027, outside your offer's window (January to February 2027)");
    }

    [Fact]
    public void AnOfferWhoseWindowReachesOneOfTheNeedsMonthsMatchesForThatMonth()
    {
        var offer = Offer(o => (o.AvailableFrom, o.AvailableUntil) = (new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 31)));

        var fit = Fit(Need(), offer);

        Assert.True(fit.IsMatch);
        Assert.Equal(1_667, fit.CoveredHours);
        Assert.Contains("The offer ends in March 2027; you need compute until May 2027", fit.CautionsForOwner);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0.0)]
    public void ANeedWithoutABudgetLooksForFreeAccessOnlySoPaidOffersAreNoMatch(double? budget)
    {
        var fit = Fit(Need(n => n.BudgetEur = (decimal?)budget), Offer());

        AssertNoMatch(fit, "The offer is paid, and you look for free access only", "They look for free access only, and your offer is paid");
    }

    [Theory]
    [InlineData(AccessMode.FastLane)]
    [InlineData(AccessMode.AccessCall)]
    public void ANeedWithoutABudgetStillMatchesFreeAccess(AccessMode mode)
    {
        var offer = Offer(o => (o.AccessMode, o.PricePerGpuHourEur, o.CutOffs) = (mode, null, [new DateOnly(2027, 1, 15)]));

        Assert.True(Fit(Need(n => n.BudgetEur = null), offer).IsMatch);
    }

    [Fact]
    public void ACostOverTheBudgetIsACautionNotAnExclusion()
    {
        var fit = Fit(Need(n => n.BudgetEur = 5_000m), Offer());

        Assert.True(fit.IsMatch);
        Assert.Contains("Over your €5,000 budget: about €14,500 for those GPU-hours at €2.90 each", fit.CautionsForOwner);
        Assert.Contains("Over their €5,000 budget: about €14,500 for those GPU-hours at your price", fit.CautionsForProvider);
    }

    [Fact]
    public void AnOfferWithNoFreeHoursInTheNeedsMonthsIsNoMatch()
    {
        var fit = Fit(Need(), Offer(), FreeFromMarch(0, 0, 0));

        AssertNoMatch(fit, "No GPU-hours of the offer are free from March to May 2027", "Your offer has no free GPU-hours from March to May 2027, when they need compute");
    }

    [Fact]
    public void AnAccessCallWhoseLastCutOffHasPassedIsNoMatch()
    {
        var offer = Offer(o => (o.AccessMode, o.PricePerGpuHourEur, o.CutOffs) = (AccessMode.AccessCall, null, [new DateOnly(2026, 10, 15)]));

        AssertNoMatch(Fit(Need(), offer), "The call's last cut-off has passed: it takes no more applications", "Your call's last cut-off has passed");
    }

    [Fact]
    public void AnAccessCallThatDecidesOnlyAfterTheNeedsTimeframeIsNoMatch()
    {
        var offer = Offer(o => (o.AccessMode, o.PricePerGpuHourEur, o.CutOffs) = (AccessMode.AccessCall, null, [new DateOnly(2027, 6, 15)]));

        AssertNoMatch(Fit(Need(), offer), "The call decides after 15 June 2027, when your timeframe is over", "Your call decides after 15 June 2027, when their timeframe is over");
    }
}
