namespace Hub.Core.Compute;

/// <summary>
/// One month of a provider's capacity, as the utilisation chart shows it. For a past month, hours neither used nor
/// given back are lost: allocated but unused, and never allocated. For this month and later, what is not allocated is free.
/// </summary>
public sealed record MonthUse(DateOnly Month, int Capacity, int Allocated, int Used, bool Past)
{
    public int LostUnused => Past ? Math.Max(0, Allocated - Used) : 0;

    public int LostIdle => Past ? Math.Max(0, Capacity - Allocated) : 0;

    public int Lost => LostUnused + LostIdle;

    public int Free => Past ? 0 : Math.Max(0, Capacity - Allocated);

    /// <summary>Reserved for an allocation and not (yet) recorded as used.</summary>
    public int Reserved => Past ? 0 : Math.Max(0, Allocated - Used);

    /// <summary>Share of the capacity used, 0–1.</summary>
    public double Utilisation => Capacity == 0 ? 0 : (double)Used / Capacity;
}
