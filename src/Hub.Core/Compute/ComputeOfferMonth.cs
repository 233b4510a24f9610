namespace Hub.Core.Compute;

/// <summary>
/// One month of an offer's capacity: the ledger approvals write to. Approvals add to <see cref="AllocatedHours"/> with a
/// conditional update that only succeeds while the month still has the hours, so capacity can't be overbooked even
/// when many approvals race.
/// </summary>
public class ComputeOfferMonth
{
    public int OfferId { get; set; }

    /// <summary>First day of the month.</summary>
    public DateOnly Month { get; set; }

    public int CapacityHours { get; set; }

    public int AllocatedHours { get; set; }

    public int FreeHours => CapacityHours - AllocatedHours;
}
