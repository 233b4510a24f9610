using Hub.Core.Profiles;

namespace Hub.Matching.Features;

/// <summary>GPU capacity a compute provider offers, summed over its offers.</summary>
public sealed record ComputeCapacity(
    int GpuHours,
    int MaxMemoryGb,
    IReadOnlySet<ProfileKind> EligibleKinds,
    bool AllEuOnly,
    bool AllSmeOnly,
    IReadOnlySet<string> Residencies,
    bool HasFreeCall,
    string MainAccelerator);

/// <summary>
/// Everything the recommender needs to know about a profile, flattened once per profile so that scoring a pair touches
/// only arrays and bit masks (tags are bits of one 64-bit word per facet).
/// </summary>
public sealed class MatchProfile
{
    public required int Id { get; init; }

    public required ProfileKind Kind { get; init; }

    public required string Name { get; init; }

    public Intent Offers { get; init; }

    public Intent Seeks { get; init; }

    public ulong Sectors { get; init; }

    public ulong Domains { get; init; }

    public ulong Technologies { get; init; }

    public string Country { get; init; } = "";

    public Stages? Stage { get; init; }

    public long? RaiseTargetEur { get; init; }

    public long? TicketMinEur { get; init; }

    public long? TicketMaxEur { get; init; }

    public Stages InvestorStages { get; init; }

    public IReadOnlyList<string> Geographies { get; init; } = [];

    public bool IsSme { get; init; } = true;

    public ComputeCapacity? Compute { get; init; }

    /// <summary>TF-IDF of the profile's text, L2-normalised, terms sorted by id.</summary>
    public SparseVector Text { get; init; } = SparseVector.Empty;

    /// <summary>Share of received introductions the profile answered (smoothed towards 0.5 while there are few).</summary>
    public float Responsiveness { get; init; } = 0.5f;

    /// <summary>Introductions and requests waiting for this profile's answer.</summary>
    public int PendingRequests { get; init; }
}

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
