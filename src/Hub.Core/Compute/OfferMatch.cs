namespace Hub.Core.Compute;

/// <summary>An offer ranked for a need, as the need's owner reads it.</summary>
/// <param name="Score">0–1, higher is better.</param>
/// <param name="FreeHours">Hours the offer has free for the need over its timeframe (at most what it needs each month).</param>
/// <param name="Reasons">Why it fits, in the reader's voice: "Your data stays in Luxembourg".</param>
/// <param name="Cautions">What to know before applying: "Only 3,000 of the 5,000 hours you need are free".</param>
public sealed record OfferMatch(OfferCard Offer, double Score, int FreeHours, IReadOnlyList<string> Reasons, IReadOnlyList<string> Cautions);
