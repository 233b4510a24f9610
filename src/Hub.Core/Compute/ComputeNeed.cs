namespace Hub.Core.Compute;

/// <summary>Compute a startup, researcher or company is looking for.</summary>
public class ComputeNeed
{
    public int Id { get; set; }

    public int ProfileId { get; set; }

    public required string Title { get; set; }

    /// <summary>GPU-hours needed over the whole timeframe.</summary>
    public int GpuHours { get; set; }

    /// <summary>Least memory per GPU the workload fits in.</summary>
    public int MinMemoryGb { get; set; }

    public DateOnly FirstMonth { get; set; }

    public DateOnly LastMonth { get; set; }

    public Workload Workload { get; set; }

    public DataSensitivity Sensitivity { get; set; }

    public ResidencyRequirement Residency { get; set; }

    /// <summary>Euros they can spend in all; null when they look for free access only.</summary>
    public decimal? BudgetEur { get; set; }

    public string SoftwareStack { get; set; } = "";

    public NeedStatus Status { get; set; } = NeedStatus.Open;

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public int Months => ComputeMonths.Count(FirstMonth, LastMonth);

    /// <summary>Hours a month if spread evenly over the timeframe, rounded up.</summary>
    public int HoursPerMonth => (GpuHours + Months - 1) / Months;
}
