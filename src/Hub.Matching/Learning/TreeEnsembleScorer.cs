using Microsoft.ML.Trainers.FastTree;

namespace Hub.Matching.Learning;

/// <summary>
/// Evaluates the trained trees of an ML.NET ranking model directly over a feature array. ML.NET's <c>Transform</c> path
/// builds rows, cursors and buffers for every candidate; serving 100,000 candidates needs plain arrays and a loop.
/// The result equals ML.NET's score (checked by a test to 1e-4).
/// </summary>
public sealed class TreeEnsembleScorer
{
    // All trees' nodes flattened; children < 0 are leaves (~child is the leaf index into that tree's leaf values).
    private readonly int[] _treeRoot;
    private readonly int[] _leafOffset;
    private readonly int[] _feature;
    private readonly float[] _threshold;
    private readonly int[] _left;
    private readonly int[] _right;
    private readonly float[] _leafValue;
    private readonly double _bias;

    public TreeEnsembleScorer(RegressionTreeEnsemble ensemble)
    {
        var trees = ensemble.Trees;
        _treeRoot = new int[trees.Count];
        _leafOffset = new int[trees.Count];
        var features = new List<int>();
        var thresholds = new List<float>();
        var left = new List<int>();
        var right = new List<int>();
        var leaves = new List<float>();
        for (var t = 0; t < trees.Count; t++)
        {
            var tree = trees[t];
            if (tree.CategoricalSplitFlags.Any(c => c))
            {
                throw new NotSupportedException("Categorical splits are not used by Hub's features.");
            }

            var weight = ensemble.TreeWeights[t];
            _treeRoot[t] = features.Count;
            _leafOffset[t] = leaves.Count;
            var nodeOffset = features.Count;
            for (var n = 0; n < tree.NumberOfNodes; n++)
            {
                features.Add(tree.NumericalSplitFeatureIndexes[n]);
                thresholds.Add(tree.NumericalSplitThresholds[n]);
                left.Add(tree.LeftChild[n] >= 0 ? tree.LeftChild[n] + nodeOffset : tree.LeftChild[n]);
                right.Add(tree.RightChild[n] >= 0 ? tree.RightChild[n] + nodeOffset : tree.RightChild[n]);
            }

            leaves.AddRange(tree.LeafValues.Select(v => (float)(v * weight)));
            if (tree.NumberOfNodes == 0)
            {
                // A single-leaf tree: mark the root as a leaf.
                _treeRoot[t] = -1;
            }
        }

        _feature = [.. features];
        _threshold = [.. thresholds];
        _left = [.. left];
        _right = [.. right];
        _leafValue = [.. leaves];
        _bias = ensemble.Bias;
        TreeCount = trees.Count;
    }

    public int TreeCount { get; }

    public float Score(ReadOnlySpan<float> features)
    {
        double sum = _bias;
        for (var t = 0; t < _treeRoot.Length; t++)
        {
            var node = _treeRoot[t];
            if (node < 0)
            {
                sum += _leafValue[_leafOffset[t]];
                continue;
            }

            while (node >= 0)
            {
                node = features[_feature[node]] <= _threshold[node] ? _left[node] : _right[node];
            }

            sum += _leafValue[_leafOffset[t] + ~node];
        }

        return (float)sum;
    }

    /// <summary>
    /// The scores of the ensemble's first <paramref name="counts"/>[i] trees (ascending), in one pass: what a model trained
    /// with that many trees would score, since boosting only appends trees. Lets a search try several ensemble sizes
    /// from one fit.
    /// </summary>
    public void PrefixScores(ReadOnlySpan<float> features, ReadOnlySpan<int> counts, Span<float> scores)
    {
        double sum = _bias;
        var next = 0;
        for (var t = 0; t < _treeRoot.Length && next < counts.Length; t++)
        {
            var node = _treeRoot[t];
            if (node < 0)
            {
                sum += _leafValue[_leafOffset[t]];
            }
            else
            {
                while (node >= 0)
                {
                    node = features[_feature[node]] <= _threshold[node] ? _left[node] : _right[node];
                }

                sum += _leafValue[_leafOffset[t] + ~node];
            }

            while (next < counts.Length && counts[next] == t + 1)
            {
                scores[next++] = (float)sum;
            }
        }

        while (next < counts.Length)
        {
            scores[next++] = (float)sum;
        }
    }
}
