namespace Hub.Core.Compute;

/// <summary>An offer as lists show it: its terms, who places it and what is free this month.</summary>
public sealed record OfferCard(ComputeOffer Offer, string ProviderName, int FreeThisMonth, DateOnly ThisMonth);
