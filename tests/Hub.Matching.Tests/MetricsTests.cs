namespace Hub.Matching.Tests;

public class MetricsTests
{
    [Fact]
    public void NdcgOfAPerfectRankingIsOne() => Assert.Equal(1.0, Metrics.Ndcg([3, 2, 0, 0], 10), 10);

    [Fact]
    public void NdcgMatchesAHandComputedExample()
    {
        // Ranked labels 0, 2, 1: DCG = 0/log2(2) + 3/log2(3) + 1/log2(4) = 1.892789 + 0.5 = 2.392789
        // Ideal 2, 1, 0:          IDCG = 3/1 + 1/log2(3) = 3.630930
        Assert.Equal(2.392789 / 3.630930, Metrics.Ndcg([0, 2, 1], 10), 5);
    }

    [Fact]
    public void NdcgIsCutAtK() => Assert.Equal(0.0, Metrics.Ndcg([0, 0, 3], 2), 10);

    [Fact]
    public void NdcgIsUndefinedWithoutARelevantItem() => Assert.True(double.IsNaN(Metrics.Ndcg([0, 0], 10)));

    [Fact]
    public void AucCountsCorrectlyOrderedPairsWithTiesAsHalf()
    {
        // Positives 0.9, 0.5; negatives 0.5, 0.1: pairs (0.9>0.5), (0.9>0.1), (0.5=0.5 → ½), (0.5>0.1) = 3.5 / 4
        Assert.Equal(0.875, Metrics.Auc([(0.9, true), (0.5, true), (0.5, false), (0.1, false)]), 10);
    }
}
