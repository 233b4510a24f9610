using Microsoft.ML;

namespace Hub.Matching.Learning;

/// <summary>
/// What <see cref="LambdaRank.Train{TRow}"/> produces: the fitted ML.NET pipeline (with the context it was fitted in),
/// its trees as a fast scorer, and the scale of its raw scores on the training rows.
/// </summary>
public sealed record TrainedRanker(MLContext Context, ITransformer Model, TreeEnsembleScorer Trees, ScoreScale Scale)
{
    public float RawScore(ReadOnlySpan<float> features) => Trees.Score(features);

    public float Interest(ReadOnlySpan<float> features) => Scale.Interest(Trees.Score(features));
}
