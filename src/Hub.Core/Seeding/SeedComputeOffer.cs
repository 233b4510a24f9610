using Hub.Core.Compute;

namespace Hub.Core.Seeding;

/// <summary>A demo GPU offer: the key of the provider profile that places it, and the offer's terms.</summary>
public sealed class SeedComputeOffer
{
    public required string Provider { get; set; }

    public required ComputeOffer Offer { get; set; }
}
