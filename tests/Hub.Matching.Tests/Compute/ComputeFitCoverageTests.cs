using Hub.Core.Compute;
using static Hub.Matching.Tests.Compute.ComputeCases;

namespace Hub.Matching.Tests.Compute;

/// <summary>How many of the hours a need asks for an offer can give, month by month.</summary>
public class ComputeFitCoverageTests
{
    [Fact]
    public void EachMonthGivesWhatIsFreeUpToTheNeedsHoursAMonth()
    {
        // 1,667 a month wanted: March gives its 1,000, April its 40, May only the 1,667 of its 3,000.
        var fit = Fit(Need(), Offer(), FreeFromMarch(1_000, 40, 3_000));

        Assert.Equal(2_707, fit.CoveredHours);
        Assert.Equal(5_000, fit.WantedHours);
        Assert.Equal(2_707 / 5_000.0, fit.Parts.Coverage, 6);
    }

    [Fact]
    public void TheOffersPerApplicationLimitCapsEveryMonth()
    {
        var fit = Fit(Need(), Offer(o => (o.AccessMode, o.PricePerGpuHourEur, o.MaxHoursPerMonth) = (AccessMode.FastLane, null, 500)));

        Assert.Equal(1_500, fit.CoveredHours);
        Assert.Contains("The fast lane gives at most 500 GPU-hours a month to one application; you need 1,667", fit.CautionsForOwner);
        Assert.Contains("They need 1,667 GPU-hours a month; your offer gives at most 500 to one application", fit.CautionsForProvider);
    }

    [Fact]
    public void HoursRoundedUpToWholeMonthsNeverCoverMoreThanTheNeedAsks()
    {
        // 5,000 over three months is 1,667 a month; three of those would be 5,001.
        var fit = Fit(Need(), Offer());

        Assert.Equal(5_000, fit.CoveredHours);
        Assert.Equal(1, fit.Parts.Coverage);
    }

    [Fact]
    public void MonthsAlreadyOverCountForNothing()
    {
        // October 2026 to January 2027 at 1,000 a month; on 26 November October is over, so 3,000 are still wanted.
        var need = Need(n => (n.GpuHours, n.FirstMonth, n.LastMonth) = (4_000, new DateOnly(2026, 10, 1), new DateOnly(2027, 1, 1)));
        var offer = Offer(o => o.AvailableFrom = new DateOnly(2026, 9, 1));

        var fit = Fit(need, offer);

        Assert.Equal(3_000, fit.WantedHours);
        Assert.Equal(3_000, fit.CoveredHours);
        Assert.Contains("All 3,000 GPU-hours you need are free from November 2026 to January 2027", fit.ReasonsForOwner);
    }

    [Fact]
    public void AMonthOfTheWindowWithoutLedgerRowHasNothingFree()
    {
        var fit = Fit(Need(), Offer(), FreeFromMarch(3_000, 3_000));

        Assert.Equal(3_334, fit.CoveredHours);
        Assert.Contains("No GPU-hours are free in May 2027", fit.CautionsForOwner);
    }

    [Fact]
    public void OneOrTwoShortMonthsAreNamedWithTheirFreeHours()
    {
        var fit = Fit(Need(), Offer(), FreeFromMarch(3_000, 40, 0));

        Assert.Equal(
        [
            "Only 40 of the 1,667 GPU-hours you need are free in April 2027",
            "No GPU-hours are free in May 2027",
        ], fit.CautionsForOwner);
        Assert.Equal(
        [
            "Only 40 of the 1,667 GPU-hours they need are free in April 2027 in your offer",
            "Your offer has no free GPU-hours in May 2027",
        ], fit.CautionsForProvider);
    }

    [Fact]
    public void ManyShortMonthsAreSummedUpByTheTightest()
    {
        var need = Need(n => (n.GpuHours, n.LastMonth) = (6_000, new DateOnly(2027, 8, 1)));

        var fit = Fit(need, Offer(), FreeFromMarch(500, 900, 300, 2_000, 700, 1_000));

        Assert.Equal(
            ["Fewer GPU-hours than you need are free in 4 of your 6 months; fewest in May 2027 (300)"],
            fit.CautionsForOwner);
        Assert.Equal(
            ["Your offer has fewer free GPU-hours than they need in 4 of their 6 months; fewest in May 2027 (300)"],
            fit.CautionsForProvider);
    }
}
