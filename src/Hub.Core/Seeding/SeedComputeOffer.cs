using Hub.Core.Compute;

namespace Hub.Core.Seeding;

/// <summary>A demo GPU offer: the key of the provider profile that places it, and the offer's terms.</summary>
public sealed class SeedComputeOffer
{
    public required string Provider { get; set; }

    /// <summary>Days before the seed date the offer was placed, so "newest first" has something to show.</summary>
    public int CreatedDaysAgo { get; set; }

    public required ComputeOffer Offer { get; set; }
}
