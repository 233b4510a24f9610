namespace Hub.Core.Compute;

/// <summary>An application as the applicant's list and the provider's queue show it.</summary>
public sealed record ApplicationRow(
    long Id,
    int OfferId,
    string OfferTitle,
    AccessMode AccessMode,
    int ProviderId,
    string ProviderName,
    int ProfileId,
    string ApplicantName,
    int HoursPerMonth,
    DateOnly FirstMonth,
    DateOnly LastMonth,
    ApplicationStatus Status,
    string StatusLabel,
    int? ApprovedHoursPerMonth,
    AiRiskClass RiskClass,
    double? AverageScore,
    int Reviews,
    DateTime SubmittedAt,
    DateOnly? DecidableFrom)
{
    /// <summary>Waiting for a decision and, for an access call, past its cut-off.</summary>
    public bool DecidableOn(DateOnly today) => Status == ApplicationStatus.Submitted && (DecidableFrom is not { } from || today >= from);
}
