namespace Hub.Core.Compute;

/// <summary>One application as its reader may see it: reviews only for the provider's side.</summary>
public sealed record ApplicationView(
    ComputeApplication Application,
    ComputeOffer Offer,
    string ApplicantName,
    string ProviderName,
    ApplicationSide Side,
    RiskAssessment Risk,
    IReadOnlyList<ReviewView> Reviews,
    IReadOnlyList<ComputeAllocation> Allocations,
    string? NeedTitle,
    DateOnly Today)
{
    /// <summary>For an access call, the first day a decision may be taken (the day after the cut-off).</summary>
    public DateOnly? DecidableFrom => Application.CutOff?.AddDays(1);

    public bool CanDecide => Side == ApplicationSide.Provider && Application.Status == ApplicationStatus.Submitted
        && (DecidableFrom is not { } from || Today >= from);

    public bool CanReview => Side == ApplicationSide.Provider && Application.Status is ApplicationStatus.Submitted or ApplicationStatus.ChangesRequested;

    public bool CanEdit => Side == ApplicationSide.Applicant && Application.Status is ApplicationStatus.Submitted or ApplicationStatus.ChangesRequested;

    public bool CanWithdraw => Side == ApplicationSide.Applicant && Application.Status is ApplicationStatus.Submitted or ApplicationStatus.ChangesRequested or ApplicationStatus.Approved;

    public bool CanEndAllocation => Side == ApplicationSide.Provider && Application.Status == ApplicationStatus.Approved;
}
