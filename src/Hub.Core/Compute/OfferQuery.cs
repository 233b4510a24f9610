namespace Hub.Core.Compute;

/// <summary>Filters of the offers list.</summary>
public sealed record OfferQuery
{
    /// <summary>Part of the accelerator model, e.g. "H100".</summary>
    public string? Accelerator { get; init; }

    /// <summary>At least this many hours free this month.</summary>
    public int? MinFreeHours { get; init; }

    public AccessMode? AccessMode { get; init; }

    public ResidencyRequirement Residency { get; init; }

    /// <summary>Only offers this profile (of the reader's) may apply to.</summary>
    public int? EligibleFor { get; init; }

    public int Page { get; init; }

    public int PageSize { get; init; } = 20;
}
