namespace Hub.Matching.Features;

/// <summary>A sparse vector: term ids ascending, with weights.</summary>
public sealed class SparseVector(int[] terms, float[] weights)
{
    public static readonly SparseVector Empty = new([], []);

    public int[] Terms { get; } = terms;

    public float[] Weights { get; } = weights;

    public float Dot(SparseVector other)
    {
        var a = Terms;
        var b = other.Terms;
        float sum = 0;
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                sum += Weights[i++] * other.Weights[j++];
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }

    /// <summary>The vector spread over a dense array of the given vocabulary size.</summary>
    public float[] ToDense(int vocabulary)
    {
        var dense = new float[vocabulary];
        for (var i = 0; i < Terms.Length; i++)
        {
            if (Terms[i] < vocabulary)
            {
                dense[Terms[i]] = Weights[i];
            }
        }

        return dense;
    }

    /// <summary>Dot product with a dense vector: one lookup per term of this (short) vector.</summary>
    public float Dot(float[] dense)
    {
        float sum = 0;
        for (var i = 0; i < Terms.Length; i++)
        {
            var t = Terms[i];
            if (t < dense.Length)
            {
                sum += Weights[i] * dense[t];
            }
        }

        return sum;
    }

    /// <summary>The shared terms that contribute most to the dot product, for explanations.</summary>
    public IEnumerable<int> TopSharedTerms(SparseVector other, int count)
    {
        var shared = new List<(int Term, float Weight)>();
        int i = 0, j = 0;
        while (i < Terms.Length && j < other.Terms.Length)
        {
            if (Terms[i] == other.Terms[j])
            {
                shared.Add((Terms[i], Weights[i] * other.Weights[j]));
                i++;
                j++;
            }
            else if (Terms[i] < other.Terms[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared.OrderByDescending(s => s.Weight).Take(count).Select(s => s.Term);
    }
}
