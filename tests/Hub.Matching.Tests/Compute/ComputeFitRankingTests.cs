using Hub.Core.Compute;
using static Hub.Matching.Tests.Compute.ComputeCases;

namespace Hub.Matching.Tests.Compute;

/// <summary>Which of two matching offers ranks first for the same need.</summary>
public class ComputeFitRankingTests
{
    private static readonly ComputeNeed EuNeed = Need(n => n.Residency = ResidencyRequirement.EuropeanUnion);

    [Theory]
    [InlineData("LU")]
    [InlineData("DE")]
    public void AnOfferCoveringAllHoursInLuxembourgBeatsOneCoveringHalf(string halfResidency)
    {
        var all = Fit(EuNeed, Offer());
        var half = Fit(EuNeed, Offer(o => o.DataResidency = halfResidency), FreeFromMarch(833, 833, 834));

        Assert.Equal(2_500, half.CoveredHours);
        Assert.True(all.Score > half.Score, $"{all.Score} should beat {half.Score}");
    }

    [Fact]
    public void ForAnEuNeedLuxembourgBeatsAnotherEuCountryForTheSameHours()
    {
        var luxembourg = Fit(EuNeed, Offer());
        var germany = Fit(EuNeed, Offer(o => o.DataResidency = "DE"));

        Assert.True(luxembourg.Score > germany.Score);
        Assert.Contains("Your data stays in the EU, in Germany", germany.ReasonsForOwner);
    }

    [Fact]
    public void AnywhereMeansTheCountryDoesNotChangeTheScore()
    {
        var need = Need(n => n.Residency = ResidencyRequirement.Anywhere);

        Assert.Equal(Fit(need, Offer()).Score, Fit(need, Offer(o => o.DataResidency = "US")).Score, 9);
    }

    [Fact]
    public void FreeAccessBeatsPayingForTheSameHours()
    {
        var paid = Fit(Need(), Offer());
        var free = Fit(Need(), Offer(o => (o.AccessMode, o.PricePerGpuHourEur) = (AccessMode.FastLane, null)));

        Assert.True(free.Score > paid.Score);
    }

    [Fact]
    public void ACheaperPaidOfferBeatsADearerOneAndOverBudgetRanksLowest()
    {
        var cheap = Fit(Need(), Offer(o => o.PricePerGpuHourEur = 1.50m));
        var dear = Fit(Need(), Offer(o => o.PricePerGpuHourEur = 3.50m));
        var overBudget = Fit(Need(), Offer(o => o.PricePerGpuHourEur = 6.00m));

        Assert.True(cheap.Score > dear.Score && dear.Score > overBudget.Score);
    }

    [Fact]
    public void AnAccessCallDecidedSoonBeatsOneDecidedMonthsLater()
    {
        static ComputeOffer Call(DateOnly cutOff) => Offer(o => (o.AccessMode, o.PricePerGpuHourEur, o.CutOffs) = (AccessMode.AccessCall, null, [cutOff]));

        var soon = Fit(Need(), Call(new DateOnly(2026, 12, 10)));
        var later = Fit(Need(), Call(new DateOnly(2027, 2, 15)));

        Assert.True(soon.Score > later.Score);
    }

    [Fact]
    public void MoreMemoryThanNeededRanksAboveAJustFit()
    {
        var roomy = Fit(Need(), Offer());
        var tight = Fit(Need(), Offer(o => o.MemoryPerAcceleratorGb = 40));

        Assert.True(roomy.Score > tight.Score);
    }

    [Fact]
    public void ForPersonalDataAnIso27001OfferBeatsOneWithoutCertification()
    {
        var need = Need(n => n.Sensitivity = DataSensitivity.Personal);
        var certified = Fit(need, Offer());
        var uncertified = Fit(need, Offer(o => o.Certifications = []));

        Assert.True(certified.Score > uncertified.Score);
        Assert.Contains("Certified ISO 27001, for your personal data", certified.ReasonsForOwner);
        Assert.Contains("The offer lists no ISO 27001 certification; ask how it protects your personal data", uncertified.CautionsForOwner);
        Assert.Contains("They handle personal data, and your offer lists no ISO 27001 certification", uncertified.CautionsForProvider);
    }

    [Fact]
    public void CertificationsDoNotMatterForConfidentialBusinessData()
    {
        Assert.Equal(Fit(Need(), Offer()).Score, Fit(Need(), Offer(o => o.Certifications = [])).Score, 9);
    }

    [Fact]
    public void ShortJobLimitsCostTrainingButNotInference()
    {
        var limited = Offer(o => o.MaxJobHours = 6);

        var training = Fit(Need(), limited);
        var inference = Fit(Need(n => n.Workload = Workload.Inference), limited);

        Assert.True(training.Score < Fit(Need(), Offer()).Score);
        Assert.Contains("Jobs run at most 6 hours; checkpoint long training runs", training.CautionsForOwner);
        Assert.Contains("They train models, and your jobs run at most 6 hours: they'll need checkpoints", training.CautionsForProvider);
        Assert.Empty(inference.Cautions);
    }
}
