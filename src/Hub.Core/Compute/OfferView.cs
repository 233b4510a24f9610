namespace Hub.Core.Compute;

/// <summary>One offer with its provider, its months and, for the reader's applicant profiles, whether each may apply.</summary>
public sealed record OfferView(
    ComputeOffer Offer,
    string ProviderName,
    IReadOnlyList<ComputeOfferMonth> Months,
    DateOnly ThisMonth,
    bool Manages,
    IReadOnlyList<(Applicant Profile, Eligibility Eligibility)> MyProfiles)
{
    public int FreeThisMonth => Months.FirstOrDefault(m => m.Month == ThisMonth)?.FreeHours ?? 0;

    /// <summary>The months still ahead (this one included).</summary>
    public IEnumerable<ComputeOfferMonth> Ahead => Months.Where(m => m.Month >= ThisMonth);
}
