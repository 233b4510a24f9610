using Hub.Core.Compute;
using Hub.Core.Profiles;
using Hub.Matching.Features;

namespace Hub.Matching.Tests;

public class PairFeaturesTests
{
    private static readonly MatchWorld World = Worlds.Small(
    [
        Worlds.Startup(1, "Radiant", Stages.Seed, 1_200_000, 2, 4, 6),
        Worlds.Investor(2, "Alzette Seed", Stages.PreSeed | Stages.Seed, 500_000, 2_000_000, ["LU", "Greater Region"], 2, 4),
        Worlds.Investor(3, "Growth Partners", Stages.SeriesB | Stages.Growth, 5_000_000, 30_000_000, ["DACH"], 1),
        new Profile { Id = 4, Kind = ProfileKind.ComputeProvider, Name = "GPU Cloud", Headline = "GPUs for startups", Country = "LU", Offers = Intent.Compute },
    ],
    [
        new ComputeOffer
        {
            Id = 1, ProviderId = 4, Title = "A100", Accelerator = "NVIDIA A100", GpuHoursPerMonth = 20_000, MemoryPerAcceleratorGb = 40,
            EligibleKinds = [ProfileKind.Startup], DataResidency = "LU",
        },
    ]);

    private static float[] Features(int seeker, int candidate) => PairFeatures.Compute(World.Find(seeker)!, World.Find(candidate)!);

    [Fact]
    public void AFittingInvestorScoresFullMarksOnStageTicketAndGeography()
    {
        var f = Features(1, 2);
        Assert.Equal(1f, f[(int)MatchFeature.StageFit]);
        Assert.Equal(1f, f[(int)MatchFeature.TicketFit]);
        Assert.Equal(1f, f[(int)MatchFeature.GeographyFit]);
        Assert.Equal(1f, f[(int)MatchFeature.SectorOverlap]);
        Assert.Equal(1f, f[(int)MatchFeature.DomainOverlap]);
    }

    [Fact]
    public void AnInvestorAtOtherStagesWithBiggerTicketsFitsBadly()
    {
        var f = Features(1, 3);
        Assert.Equal(0f, f[(int)MatchFeature.StageFit]);
        Assert.True(f[(int)MatchFeature.TicketFit] < 0.1f);
        Assert.Equal(0f, f[(int)MatchFeature.GeographyFit]);
        Assert.Equal(0f, f[(int)MatchFeature.SectorOverlap]);
    }

    [Fact]
    public void TheNeighbouringStageCountsHalf()
    {
        var startup = World.Find(1)!;
        var seriesA = Worlds.Small([Worlds.Investor(9, "A fund", Stages.SeriesA, 1, 10_000_000, [])]).Find(9)!;
        Assert.Equal(0.5f, PairFeatures.StageFit(seriesA, startup));
    }

    [Fact]
    public void StageAndTicketAreTheSameFromBothSides()
    {
        var forward = Features(1, 2);
        var backward = Features(2, 1);
        Assert.Equal(forward[(int)MatchFeature.StageFit], backward[(int)MatchFeature.StageFit]);
        Assert.Equal(forward[(int)MatchFeature.TicketFit], backward[(int)MatchFeature.TicketFit]);
        Assert.Equal(forward[(int)MatchFeature.TextSimilarity], backward[(int)MatchFeature.TextSimilarity], 5);
    }

    [Fact]
    public void FundingSoughtIsMetByInvestmentOffered()
    {
        Assert.Equal(0.5f, Features(1, 2)[(int)MatchFeature.IntentFit]); // funding yes, compute no
        Assert.Equal(0.5f, Features(1, 4)[(int)MatchFeature.IntentFit]); // compute yes, funding no
    }

    [Fact]
    public void AnEligibleProviderFitsAStartupSeekingCompute()
    {
        Assert.True(Features(1, 4)[(int)MatchFeature.ComputeFit] > 0.9f);
        Assert.Equal(0f, Features(2, 4)[(int)MatchFeature.ComputeFit]);
    }

    [Fact]
    public void SimilarTextsAreCloserThanUnrelatedOnes()
    {
        Assert.True(Features(1, 2)[(int)MatchFeature.TextSimilarity] > Features(1, 4)[(int)MatchFeature.TextSimilarity]);
    }

    [Theory]
    [InlineData(0b0011UL, 0b0001UL, 1f)]
    [InlineData(0b0011UL, 0b0110UL, 0.5f)]
    [InlineData(0b0011UL, 0b1100UL, 0f)]
    [InlineData(0UL, 0b1100UL, 0f)]
    public void OverlapIsSharedOverTheSmallerSet(ulong a, ulong b, float expected) =>
        Assert.Equal(expected, PairFeatures.Overlap(a, b));

    [Theory]
    [InlineData("Greater Region", "FR", true)]
    [InlineData("Benelux", "NL", true)]
    [InlineData("EU", "PL", true)]
    [InlineData("EU", "CH", false)]
    [InlineData("DACH", "LU", false)]
    public void RegionsCoverTheirCountries(string region, string country, bool covered) =>
        Assert.Equal(covered, Geography.Covers(region, country));
}

public class ReversePairFeaturesTests
{
    [Fact]
    public void TheReversePairsFeaturesEqualComputingThemFromTheOtherSide()
    {
        var world = Worlds.Demo;
        var rng = new Random(1);
        var forward = new float[PairFeatures.Count];
        var backward = new float[PairFeatures.Count];
        for (var n = 0; n < 5_000; n++)
        {
            var a = world.Profiles[rng.Next(world.Profiles.Count)];
            var b = world.Profiles[rng.Next(world.Profiles.Count)];
            PairFeatures.Compute(a, b, forward);
            PairFeatures.Reverse(a, b, forward, backward);
            var expected = PairFeatures.Compute(b, a);
            for (var i = 0; i < PairFeatures.Count; i++)
            {
                Assert.True(Math.Abs(expected[i] - backward[i]) < 1e-5, $"{(MatchFeature)i} of {a.Name} / {b.Name}: {expected[i]} vs {backward[i]}");
            }
        }
    }
}
