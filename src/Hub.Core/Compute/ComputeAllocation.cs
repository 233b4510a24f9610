namespace Hub.Core.Compute;

/// <summary>
/// One month of an approved application: the hours reserved, the hours the provider recorded as used, and the hours
/// given back to the pool when the allocation was withdrawn. What a past month neither used nor gave back is lost.
/// </summary>
public class ComputeAllocation
{
    public long Id { get; set; }

    public long ApplicationId { get; set; }

    public int OfferId { get; set; }

    public DateOnly Month { get; set; }

    /// <summary>Hours reserved in the offer's ledger for this month (after any withdrawal).</summary>
    public int ApprovedHours { get; set; }

    public int UsedHours { get; set; }

    /// <summary>Hours returned to the pool by a withdrawal.</summary>
    public int ReleasedHours { get; set; }
}
