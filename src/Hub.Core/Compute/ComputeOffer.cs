using System.Text.Json.Serialization;
using Hub.Core.Profiles;

namespace Hub.Core.Compute;

/// <summary>
/// GPU capacity a compute provider places on the hub: so many GPU-hours in every month of its availability window,
/// given out through one access mode to the applicants its eligibility rules admit.
/// </summary>
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

    /// <summary>Accelerators per node.</summary>
    public int AcceleratorCount { get; set; }

    public int MemoryPerAcceleratorGb { get; set; }

    /// <summary>GPU-hours the offer gives out in each month of its window.</summary>
    public int GpuHoursPerMonth { get; set; }

    public AccessMode AccessMode { get; set; } = AccessMode.Paid;

    /// <summary>Price per GPU-hour in euros; set for <see cref="AccessMode.Paid"/> only.</summary>
    public decimal? PricePerGpuHourEur { get; set; }

    /// <summary>Most GPU-hours a month one application may ask for (required for the fast lane); null for no limit.</summary>
    public int? MaxHoursPerMonth { get; set; }

    /// <summary>Cut-off dates of an access call: applications in by a cut-off are decided together after it.</summary>
    public List<DateOnly> CutOffs { get; set; } = [];

    /// <summary>Profile kinds that may apply.</summary>
    public List<ProfileKind> EligibleKinds { get; set; } = [];

    public bool SmeOnly { get; set; }

    /// <summary>Only applicants located in the EU.</summary>
    public bool EuOnly { get; set; }

    /// <summary>AI Act risk classes of projects the provider accepts (never <see cref="AiRiskClass.Prohibited"/>).</summary>
    public List<AiRiskClass> AcceptedRiskClasses { get; set; } = [AiRiskClass.Minimal, AiRiskClass.Limited, AiRiskClass.High];

    /// <summary>Country code where the data stays, e.g. LU.</summary>
    public required string DataResidency { get; set; }

    public List<string> Certifications { get; set; } = [];

    /// <summary>Longest single job in hours (wall time); null for no limit.</summary>
    public int? MaxJobHours { get; set; }

    /// <summary>Largest single job in GPUs; null for no limit.</summary>
    public int? MaxJobGpus { get; set; }

    /// <summary>Questions every application must answer, besides the project scope.</summary>
    public List<string> Questions { get; set; } = [];

    public DateOnly AvailableFrom { get; set; }

    public DateOnly AvailableUntil { get; set; }

    public OfferStatus Status { get; set; } = OfferStatus.Open;

    [JsonIgnore]
    public DateTime CreatedAt { get; set; }

    [JsonIgnore]
    public DateTime UpdatedAt { get; set; }

    /// <summary>The first and last month of the window.</summary>
    [JsonIgnore]
    public (DateOnly First, DateOnly Last) Months => (ComputeMonths.Of(AvailableFrom), ComputeMonths.Of(AvailableUntil));

    /// <summary>The next cut-off on or after the day, if the call has one left.</summary>
    public DateOnly? CutOffFor(DateOnly day) => CutOffs.Where(c => c >= day).Order().Cast<DateOnly?>().FirstOrDefault();

    /// <summary>Raised by every change, so an edit made from an older copy is refused instead of overwriting this one.</summary>
    [JsonIgnore]
    public int Version { get; set; }

    /// <summary>A new, unsaved offer with the same terms, placed by another provider (used to load the demo ecosystem).</summary>
    public ComputeOffer CopyFor(int providerId)
    {
        var copy = (ComputeOffer)MemberwiseClone();
        copy.Id = 0;
        copy.ProviderId = providerId;
        copy.Provider = null;
        copy.Version = 0;
        copy.EligibleKinds = [.. EligibleKinds];
        copy.Certifications = [.. Certifications];
        copy.CutOffs = [.. CutOffs];
        copy.AcceptedRiskClasses = [.. AcceptedRiskClasses];
        copy.Questions = [.. Questions];
        return copy;
    }
}
