using Hub.Matching.Features;
using Hub.Matching.Learning;

namespace Hub.Matching.Tests;

public class CalibrationTests
{
    [Fact]
    public void TheScaleIsTheMeanAndSampleStandardDeviationOfRawScores()
    {
        var scale = ScoreScale.Of([1f, 2f, 3f, 4f]);
        Assert.Equal(2.5, scale.Mean, 10);
        Assert.Equal(Math.Sqrt(5.0 / 3), scale.Spread, 10);
    }

    [Fact]
    public void AFlatModelKeepsASpreadOfOne()
    {
        Assert.Equal(new ScoreScale(-0.5, 1), ScoreScale.Of([-0.5f, -0.5f, -0.5f]));
        Assert.Equal(ScoreScale.Unit, ScoreScale.Of([]));
    }

    [Fact]
    public void InterestIsOneHalfAtTheMeanAndGrowsWithTheRawScore()
    {
        var scale = new ScoreScale(-2, 0.5);
        Assert.Equal(0.5f, scale.Interest(-2f), 6);
        Assert.Equal(1 / (1 + Math.Exp(-2)), scale.Interest(-1f), 6);
        Assert.True(scale.Interest(-2.1f) < scale.Interest(-2f));
    }

    [Fact]
    public void RowsWithOneLabelTrainNoRanker()
    {
        var rows = Enumerable.Range(0, 40).Select(i => new PairRow
        {
            Label = 2, GroupId = (uint)(i / 10), Features = Enumerable.Repeat(i / 40f, PairFeatures.Count).ToArray(),
        }).ToList();
        Assert.Null(LambdaRank.Train(rows, new TrainingOptions()));
    }
}
