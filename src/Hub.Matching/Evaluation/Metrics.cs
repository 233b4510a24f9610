using Hub.Matching.Learning;

namespace Hub.Matching;

/// <summary>Ranking metrics computed by hand, so they can be checked against small fixtures.</summary>
public static class Metrics
{
    /// <summary>Gain of a graded label, as ML.NET's ranking evaluator uses it: 2^label − 1 (0, 1, 3, 7, 15).</summary>
    public static double Gain(double label) => Math.Pow(2, label) - 1;

    /// <summary>NDCG@k of one ranked list of labels (in ranked order), given all the labels of the list for the ideal.</summary>
    public static double Ndcg(IReadOnlyList<double> rankedLabels, int k)
    {
        var dcg = Dcg(rankedLabels, k);
        var ideal = Dcg(rankedLabels.OrderByDescending(l => l).ToList(), k);
        return ideal <= 0 ? double.NaN : dcg / ideal;
    }

    public static double Dcg(IReadOnlyList<double> labels, int k)
    {
        double dcg = 0;
        for (var i = 0; i < Math.Min(k, labels.Count); i++)
        {
            dcg += Gain(labels[i]) / Math.Log2(i + 2);
        }

        return dcg;
    }

    /// <summary>Mean NDCG@k over groups that have at least one relevant (label &gt; 0) row, ranking by the model's score.</summary>
    public static double Ndcg(IReadOnlyList<PairRow> rows, RankingModel model, int k) => Ndcg(rows, r => model.RawScore(r.Features), k);

    /// <summary>Mean NDCG@k over groups with a relevant row, ranking each group by the given score.</summary>
    public static double Ndcg(IReadOnlyList<PairRow> rows, Func<PairRow, double> score, int k)
    {
        var values = rows.GroupBy(r => r.GroupId)
            .Select(g => Ndcg(g.OrderByDescending(score).Select(r => (double)r.Label).ToList(), k))
            .Where(v => !double.IsNaN(v))
            .ToList();
        return values.Count == 0 ? double.NaN : values.Average();
    }

    /// <summary>Area under the ROC curve: the chance a random positive outscores a random negative (ties count half).</summary>
    public static double Auc(IReadOnlyList<(double Score, bool Positive)> items)
    {
        var positives = items.Count(i => i.Positive);
        var negatives = items.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        // Rank-sum (Mann–Whitney U) with average ranks for ties.
        var sorted = items.OrderBy(i => i.Score).ToList();
        double rankSum = 0;
        var index = 0;
        while (index < sorted.Count)
        {
            var end = index;
            while (end + 1 < sorted.Count && sorted[end + 1].Score.Equals(sorted[index].Score))
            {
                end++;
            }

            var averageRank = (index + end + 2) / 2.0;
            for (var j = index; j <= end; j++)
            {
                if (sorted[j].Positive)
                {
                    rankSum += averageRank;
                }
            }

            index = end + 1;
        }

        return (rankSum - positives * (positives + 1) / 2.0) / ((double)positives * negatives);
    }
}
