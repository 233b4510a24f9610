namespace Hub.Core.Compute;

/// <summary>
/// Ranks offers for a need and needs for an offer, with reasons in the reader's voice. Implemented by Hub.Matching;
/// ineligible offers (and needs of profiles that may not apply) are never returned as matches.
/// </summary>
public interface IComputeMatcher
{
    /// <summary>Open offers the need's profile may apply to, best first; for the need's members only.</summary>
    Task<Outcome<IReadOnlyList<OfferMatch>>> OffersForNeedAsync(string userId, int needId, CancellationToken ct = default);

    /// <summary>Open needs of profiles eligible for the offer, best first; for the offer's provider members only.</summary>
    Task<Outcome<IReadOnlyList<NeedMatch>>> NeedsForOfferAsync(string userId, int offerId, CancellationToken ct = default);
}
