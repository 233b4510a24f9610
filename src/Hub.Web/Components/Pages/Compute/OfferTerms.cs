using Hub.Core.Compute;
using Hub.Core.Profiles;
using MudBlazor;

namespace Hub.Web.Components.Pages.Compute;

/// <summary>An offer's terms as the offer list and the offer page word them, so both say the same thing the same way.</summary>
internal static class OfferTerms
{
    /// <summary>"4 × NVIDIA A100 40GB per node".</summary>
    public static string Hardware(ComputeOffer offer) => $"{offer.AcceleratorCount} × {offer.Accelerator} per node";

    /// <summary>"40 GB per GPU".</summary>
    public static string Memory(ComputeOffer offer) => $"{ComputeLabels.Hours(offer.MemoryPerAcceleratorGb)} GB per GPU";

    /// <summary>"€2.90 per GPU-hour", or the access mode for a free offer.</summary>
    public static string Price(ComputeOffer offer) =>
        offer.AccessMode == AccessMode.Paid && offer.PricePerGpuHourEur is { } price
            ? $"{ComputeLabels.Price(price)} per GPU-hour"
            : "Free of charge";

    /// <summary>"Data stays in Luxembourg".</summary>
    public static string Residency(ComputeOffer offer) => $"Data stays in {ComputeLabels.Residency(offer.DataResidency)}";

    /// <summary>"Jobs run up to 48 hours on up to 16 GPUs", or that there is no limit.</summary>
    public static string JobLimits(ComputeOffer offer) => (offer.MaxJobHours, offer.MaxJobGpus) switch
    {
        (null, null) => "No limit on job length or size",
        ({ } hours, null) => $"Jobs run up to {Count(hours, "hour")}",
        (null, { } gpus) => $"Jobs use up to {Count(gpus, "GPU")}",
        ({ } hours, { } gpus) => $"Jobs run up to {Count(hours, "hour")} on up to {Count(gpus, "GPU")}",
    };

    /// <summary>"1 June 2026 to 31 December 2027".</summary>
    public static string Window(ComputeOffer offer) => $"{ComputeLabels.Day(offer.AvailableFrom)} to {ComputeLabels.Day(offer.AvailableUntil)}";

    /// <summary>Who may apply, one sentence per rule, as anyone reads them.</summary>
    public static IEnumerable<string> Rules(ComputeOffer offer)
    {
        yield return $"Open to {Labels.KindList(offer.EligibleKinds)}.";
        if (offer.SmeOnly)
        {
            yield return "Only small and medium-sized enterprises (SMEs) may apply.";
        }

        if (offer.EuOnly)
        {
            yield return "Only applicants based in the European Union may apply.";
        }

        var risks = offer.AcceptedRiskClasses.Where(r => r != AiRiskClass.Prohibited).Order().Select(r => RiskAssessment.Label(r).ToLowerInvariant()).ToList();
        yield return risks.Count switch
        {
            0 => "The provider accepts no project under the AI Act's risk classes.",
            1 => $"Projects of {risks[0]} under the AI Act are accepted.",
            _ => $"Projects of {string.Join(", ", risks.Take(risks.Count - 1))} or {risks[^1]} under the AI Act are accepted.",
        };
    }

    /// <summary>How applications are decided, in one sentence that adds to the access mode's name.</summary>
    public static string HowDecided(ComputeOffer offer, DateOnly today) => offer.AccessMode switch
    {
        AccessMode.AccessCall => offer.CutOffFor(today) is { } next
            ? $"Reviewed by peers: applications in by {ComputeLabels.Day(next)} are decided together after that date."
            : "No cut-off date is left, so the call takes no new applications.",
        AccessMode.FastLane => offer.MaxHoursPerMonth is { } max
            ? $"First come, first served, decided within days; up to {ComputeLabels.Hours(max)} GPU-hours a month per application."
            : "First come, first served, decided within days.",
        _ => "Decided as applications come; billed per GPU-hour.",
    };

    public static Color StatusColor(OfferStatus status) => status switch
    {
        OfferStatus.Open => Color.Success,
        OfferStatus.Paused => Color.Warning,
        _ => Color.Default,
    };

    public static Color StatusColor(NeedStatus status) => status switch
    {
        NeedStatus.Open => Color.Primary,
        NeedStatus.Met => Color.Success,
        _ => Color.Default,
    };

    /// <summary>"1 hour", "48 hours".</summary>
    public static string Count(long n, string unit) => n == 1 ? $"1 {unit}" : $"{ComputeLabels.Hours(n)} {unit}s";
}
