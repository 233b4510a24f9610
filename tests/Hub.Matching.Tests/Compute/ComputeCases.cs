using Hub.Core.Compute;
using Hub.Core.Profiles;
using Hub.Matching.Compute;

namespace Hub.Matching.Tests.Compute;

/// <summary>
/// One startup's need and one provider's offer that fit on every rule, on a fixed day; each test changes the one thing
/// it is about. The need: 5,000 GPU-hours of training from March to May 2027 (1,667 a month), in Luxembourg, with €20,000 to spend.
/// </summary>
public static class ComputeCases
{
    public static readonly DateOnly Today = new(2026, 11, 26);

    public static readonly DateOnly March = new(2027, 3, 1);
    public static readonly DateOnly April = new(2027, 4, 1);
    public static readonly DateOnly May = new(2027, 5, 1);

    public static Applicant Radiant { get; } = new(5, "Radiant", ProfileKind.Startup, "LU", IsSme: true);

    public static ComputeNeed Need(Action<ComputeNeed>? change = null)
    {
        var need = new ComputeNeed
        {
            Id = 7, ProfileId = 5, Title = "Vision model training", GpuHours = 5_000, MinMemoryGb = 40, FirstMonth = March, LastMonth = May,
            Workload = Workload.Training, Sensitivity = DataSensitivity.Confidential, Residency = ResidencyRequirement.Luxembourg, BudgetEur = 20_000m,
        };
        change?.Invoke(need);
        return need;
    }

    public static ComputeOffer Offer(Action<ComputeOffer>? change = null)
    {
        var offer = new ComputeOffer
        {
            Id = 1, ProviderId = 10, Title = "A100 training capacity", Accelerator = "NVIDIA A100 80GB", AcceleratorCount = 8,
            MemoryPerAcceleratorGb = 80, GpuHoursPerMonth = 3_000, AccessMode = AccessMode.Paid, PricePerGpuHourEur = 2.90m,
            EligibleKinds = [ProfileKind.Startup, ProfileKind.Company], EuOnly = true, DataResidency = "LU", Certifications = ["ISO 27001"],
            AvailableFrom = new DateOnly(2027, 1, 1), AvailableUntil = new DateOnly(2027, 12, 31),
        };
        change?.Invoke(offer);
        return offer;
    }

    /// <summary>Ledger rows from March on with these hours free (the rest of each 3,000-hour month allocated).</summary>
    public static IReadOnlyList<ComputeOfferMonth> FreeFromMarch(params int[] free) =>
        free.Select((hours, i) => new ComputeOfferMonth { OfferId = 1, Month = March.AddMonths(i), CapacityHours = 3_000, AllocatedHours = 3_000 - hours }).ToList();

    /// <summary>Every month of the offer's window with all its hours free.</summary>
    public static IReadOnlyList<ComputeOfferMonth> AllFree(ComputeOffer offer) =>
        ComputeMonths.Range(offer.AvailableFrom, offer.AvailableUntil)
            .Select(m => new ComputeOfferMonth { OfferId = offer.Id, Month = m, CapacityHours = offer.GpuHoursPerMonth }).ToList();

    public static ComputeFit Fit(ComputeNeed need, ComputeOffer offer, IEnumerable<ComputeOfferMonth>? months = null, Applicant? applicant = null, DateOnly? today = null) =>
        ComputeFit.Assess(need, offer, months ?? AllFree(offer), applicant ?? Radiant, today ?? Today);
}
