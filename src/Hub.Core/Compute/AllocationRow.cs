namespace Hub.Core.Compute;

/// <summary>One month of one allocation, as the provider's allocations table and CSV export show it.</summary>
public sealed record AllocationRow(
    long AllocationId,
    long ApplicationId,
    int OfferId,
    string OfferTitle,
    string ApplicantName,
    DateOnly Month,
    int ApprovedHours,
    int UsedHours,
    int ReleasedHours,
    bool Past)
{
    /// <summary>Hours of a past month that were reserved and not used: nobody can use them now.</summary>
    public int LostHours => Past ? Math.Max(0, ApprovedHours - UsedHours) : 0;
}
