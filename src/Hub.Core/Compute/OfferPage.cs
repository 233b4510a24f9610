namespace Hub.Core.Compute;

/// <summary>A page of offers and how many matched in all.</summary>
public sealed record OfferPage(IReadOnlyList<OfferCard> Items, int Total);
