using System.Text.Json.Serialization;
using Hub.Core.Profiles;

namespace Hub.Core.Compute;

/// <summary>GPU capacity a compute provider places on the hub.</summary>
public class ComputeOffer
{
    [JsonIgnore]
    public int Id { get; set; }

    [JsonIgnore]
    public int ProviderId { get; set; }

    [JsonIgnore]
    public Profile? Provider { get; set; }

    public required string Title { get; set; }

    public string Description { get; set; } = "";

    /// <summary>Accelerator model, e.g. "NVIDIA A100 40GB".</summary>
    public required string Accelerator { get; set; }

    public int AcceleratorCount { get; set; }

    public int MemoryPerAcceleratorGb { get; set; }

    public int GpuHoursAvailable { get; set; }

    /// <summary>Price per GPU-hour in euros; null when access is through a free call.</summary>
    public decimal? PricePerGpuHourEur { get; set; }

    public bool FreeAccessCall { get; set; }

    /// <summary>Profile kinds that may apply.</summary>
    public List<ProfileKind> EligibleKinds { get; set; } = [];

    public bool SmeOnly { get; set; }

    public bool EuOnly { get; set; }

    /// <summary>Country code where the data stays, e.g. LU.</summary>
    public required string DataResidency { get; set; }

    public List<string> Certifications { get; set; } = [];

    public DateOnly AvailableFrom { get; set; }

    public DateOnly AvailableUntil { get; set; }

    /// <summary>A new, unsaved offer with the same terms, placed by another provider (used to load the demo ecosystem).</summary>
    public ComputeOffer CopyFor(int providerId)
    {
        var copy = (ComputeOffer)MemberwiseClone();
        copy.Id = 0;
        copy.ProviderId = providerId;
        copy.Provider = null;
        copy.EligibleKinds = [.. EligibleKinds];
        copy.Certifications = [.. Certifications];
        return copy;
    }
}
