using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace Hub.Matching.Learning;

/// <summary>
/// The one LightGBM LambdaRank training path. The hub's model (<see cref="RankingTrainer"/>) and the evaluation of past
/// events both train here, with one configuration and one calibration, whatever the width of their feature vectors.
/// </summary>
public static class LambdaRank
{
    /// <summary>
    /// The group column the trainer reads: the row's group id hashed. A <c>MapValueToKey</c> map learnt on the training
    /// groups would turn unseen groups into missing keys, and an evaluation on them would report NDCG = 1 silently.
    /// </summary>
    public const string GroupKey = "GroupKey";

    /// <summary>Whether rows can teach a ranker anything: a list where everything has one label cannot.</summary>
    public static bool CanLearnFrom<TRow>(IEnumerable<TRow> rows) where TRow : IRankingRow =>
        rows.Select(r => r.Label).Distinct().Skip(1).Any();

    /// <summary>
    /// Fits the ranker on the rows and calibrates its scores on them; null when the rows cannot train a model: fewer than
    /// two labels, or too little data for a single split. The feature vector is as wide as the rows' <c>Features</c>
    /// (all rows must agree): the hub's 11 pair features, or however many columns a past event's export has.
    /// </summary>
    public static TrainedRanker? Train<TRow>(IReadOnlyList<TRow> rows, TrainingOptions options) where TRow : class, IRankingRow
    {
        if (!CanLearnFrom(rows))
        {
            return null;
        }

        // LightGBM reads a group as a run of consecutive rows with one id: rows of a list scattered through the input
        // (an export in meeting order) would become lists of one, which teach nothing. Sorted, each list is one run.
        var ordered = rows.OrderBy(r => r.GroupId).ToList();
        var ml = new MLContext(seed: options.Seed);
        var pipeline = ml.Transforms.Conversion.Hash(GroupKey, nameof(IRankingRow.GroupId), numberOfBits: 24)
            .Append(ml.Ranking.Trainers.LightGbm(Options(options)));
        ITransformer model;
        try
        {
            model = pipeline.Fit(ml.Data.LoadFromEnumerable(ordered, Schema<TRow>(Width(rows))));
        }
        catch (ArgumentNullException)
        {
            // ML.NET cannot represent a LightGBM tree without any split, which tiny training sets produce: no model then.
            return null;
        }

        var trees = new TreeEnsembleScorer(Ranker(model).Model.TrainedTreeEnsemble!);
        return new TrainedRanker(ml, model, trees, ScoreScale.Of(rows.Select(r => trees.Score(r.Features))));
    }

    /// <summary>The width every row's feature vector has.</summary>
    private static int Width<TRow>(IReadOnlyList<TRow> rows) where TRow : IRankingRow
    {
        var width = rows[0].Features.Length;
        if (width == 0 || rows.Any(r => r.Features.Length != width))
        {
            throw new ArgumentException("Every row needs a feature vector of one, non-zero width.", nameof(rows));
        }

        return width;
    }

    /// <summary>
    /// The row type's schema with the feature vector's width set at run time, so a row type need not fix it with
    /// <c>[VectorType(n)]</c>: ML.NET would otherwise see a vector of unknown size, which its trainers refuse.
    /// </summary>
    public static SchemaDefinition Schema<TRow>(int width)
    {
        var schema = SchemaDefinition.Create(typeof(TRow));
        schema[nameof(IRankingRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        return schema;
    }

    /// <summary>The one LightGBM LambdaRank configuration (one thread, seeded: the same rows always give the same trees).</summary>
    public static LightGbmRankingTrainer.Options Options(TrainingOptions options) => new()
    {
        Booster = new GradientBooster.Options { FeatureFraction = options.FeatureFraction },
        LabelColumnName = nameof(IRankingRow.Label),
        FeatureColumnName = nameof(IRankingRow.Features),
        RowGroupColumnName = GroupKey,
        NumberOfIterations = options.Trees,
        NumberOfLeaves = options.Leaves,
        MinimumExampleCountPerLeaf = options.MinExamplesPerLeaf,
        MinimumExampleCountPerGroup = 1,
        LearningRate = options.LearningRate,
        NumberOfThreads = 1,
        Seed = options.Seed,
        Verbose = false,
        Silent = true,
    };

    /// <summary>The LightGBM ranker inside a fitted or loaded pipeline.</summary>
    public static RankingPredictionTransformer<LightGbmRankingModelParameters> Ranker(ITransformer model) => model switch
    {
        RankingPredictionTransformer<LightGbmRankingModelParameters> ranker => ranker,
        IEnumerable<ITransformer> chain => chain.OfType<RankingPredictionTransformer<LightGbmRankingModelParameters>>().Last(),
        _ => throw new InvalidOperationException("Not a LightGBM ranking model."),
    };
}
