using Hub.Core.Profiles;

namespace Hub.Matching.Features;

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

    /// <summary>
    /// Who may read the raise target (the profile's field visibility). Matching uses the figure either way; a reason
    /// states it only to readers who may read it (see <see cref="Ranking.Explanations"/>).
    /// </summary>
    public FieldVisibility RaiseTargetVisibility { get; init; } = FieldVisibility.Public;

    /// <summary>Who may read the ticket range; a reason states it only to them.</summary>
    public FieldVisibility TicketsVisibility { get; init; } = FieldVisibility.Public;

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
