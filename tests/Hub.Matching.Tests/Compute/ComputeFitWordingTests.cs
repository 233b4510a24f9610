using System.Text.RegularExpressions;
using Hub.Core.Compute;
using Hub.Matching.Compute;
using static Hub.Matching.Tests.Compute.ComputeCases;

namespace Hub.Matching.Tests.Compute;

/// <summary>The need's owner reads "you" and "your"; the provider reads "they" and "your offer"; both read the same figures.</summary>
public partial class ComputeFitWordingTests
{
    // 1,667 a month wanted; April has only 40 free, so 1,667 + 40 + 1,667 = 3,374 hours, €9,785 at €2.90.
    private static readonly ComputeFit Paid = Fit(Need(n => n.BudgetEur = 10_000m), Offer(), FreeFromMarch(3_000, 40, 3_000));

    [Fact]
    public void TheOwnerReadsWhyTheOfferFitsWithTheirFigures()
    {
        Assert.Equal(
        [
            "3,374 of the 5,000 GPU-hours you need are free from March to May 2027",
            "Within your budget: about €9,785 for those GPU-hours at €2.90 each",
            "Decided as applications come",
            "Your data stays in Luxembourg",
            "NVIDIA A100 80GB with 80 GB per GPU; you need at least 40 GB",
            "You're a startup: the offer is open to startups and companies",
            "You're based in the EU (Luxembourg)",
        ], Paid.ReasonsForOwner);
        Assert.Equal(["Only 40 of the 1,667 GPU-hours you need are free in April 2027"], Paid.CautionsForOwner);
    }

    [Fact]
    public void TheProviderReadsTheSameFactsAboutThem()
    {
        Assert.Equal(
        [
            "They need 5,000 GPU-hours from March to May 2027; 3,374 fit in your free capacity",
            "Their budget of €10,000 covers about €9,785 for those GPU-hours at your price",
            "Their data must stay in Luxembourg; yours does",
            "They need at least 40 GB per GPU; yours have 80 GB",
            "They're a startup: your offer is open to startups and companies",
            "They're based in the EU (Luxembourg)",
        ], Paid.ReasonsForProvider);
        Assert.Equal(["Only 40 of the 1,667 GPU-hours they need are free in April 2027 in your offer"], Paid.CautionsForProvider);
    }

    [Fact]
    public void AFullyCoveredNeedReadsAllOfItsHours()
    {
        var fit = Fit(Need(), Offer());

        Assert.Equal("All 5,000 GPU-hours you need are free from March to May 2027", fit.ReasonsForOwner[0]);
        Assert.Equal("They need 5,000 GPU-hours from March to May 2027; all fit in your free capacity", fit.ReasonsForProvider[0]);
    }

    [Fact]
    public void AnAccessCallNamesItsCutOffAndWarnsWhenTheTimeframeHasBegunByThen()
    {
        var need = Need(n => (n.FirstMonth, n.LastMonth, n.BudgetEur) = (new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 1), null));
        var offer = Offer(o => (o.AccessMode, o.PricePerGpuHourEur, o.CutOffs) = (AccessMode.AccessCall, null, [new DateOnly(2026, 10, 15), new DateOnly(2027, 1, 15)]));

        var fit = Fit(need, offer);

        Assert.Contains("Free through a peer-reviewed access call; applications are decided after the cut-off on 15 January 2027", fit.ReasonsForOwner);
        Assert.Contains("The call decides after 15 January 2027, when your timeframe has begun", fit.CautionsForOwner);
        Assert.Contains("They can apply to your access call by the cut-off on 15 January 2027", fit.ReasonsForProvider);
        Assert.Contains("Your call decides after 15 January 2027, when their timeframe has begun", fit.CautionsForProvider);
    }

    [Fact]
    public void TheFastLaneIsDecidedAsApplicationsCome()
    {
        var fit = Fit(Need(n => n.BudgetEur = null), Offer(o => (o.AccessMode, o.PricePerGpuHourEur) = (AccessMode.FastLane, null)));

        Assert.Contains("Free through the fast lane, decided as applications come", fit.ReasonsForOwner);
        Assert.Contains("They look for free access, and your fast lane is free", fit.ReasonsForProvider);
    }

    [Fact]
    public void AnOfferStartingLateSaysWhenForEachReader()
    {
        var fit = Fit(Need(), Offer(o => o.AvailableFrom = new DateOnly(2027, 4, 1)));

        Assert.Contains("The offer starts in April 2027; you need compute from March 2027", fit.CautionsForOwner);
        Assert.Contains("They need compute from March 2027; your offer starts in April 2027", fit.CautionsForProvider);
    }

    [Fact]
    public void NoSentenceSpeaksToTheWrongReader()
    {
        // A pair that brings out nearly every sentence: personal data, a short job limit, a late start, short months, a limit.
        var need = Need(n => (n.Sensitivity, n.Residency) = (DataSensitivity.Personal, ResidencyRequirement.EuropeanUnion));
        var offer = Offer(o => (o.AvailableFrom, o.MaxJobHours, o.MaxHoursPerMonth, o.Certifications, o.DataResidency) = (new DateOnly(2027, 4, 1), 6, 1_000, ["SOC 2"], "DE"));
        var fit = Fit(need, offer, FreeFromMarch(0, 40, 3_000));

        var owner = fit.ReasonsForOwner.Concat(fit.CautionsForOwner).ToList();
        var provider = fit.ReasonsForProvider.Concat(fit.CautionsForProvider).ToList();
        Assert.True(owner.Count >= 8 && provider.Count >= 8, string.Join(" | ", owner));
        Assert.All(owner, s => Assert.DoesNotMatch(ThirdPerson(), s));
        Assert.All(provider, s => Assert.DoesNotMatch(OwnersOwn(), s));
    }

    [GeneratedRegex(@"\b(they|their|them|they're|your offer)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThirdPerson();

    [GeneratedRegex(@"\byou (need|look|are|'re)\b|\byou're\b|\byour (data|budget|timeframe|personal)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnersOwn();
}
