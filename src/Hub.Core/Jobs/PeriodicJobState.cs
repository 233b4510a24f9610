namespace Hub.Core.Jobs;

/// <summary>A job's row: who holds its lease, when it runs next, how its last run went, and its watermark.</summary>
public class PeriodicJobState
{
    public required string Name { get; set; }

    /// <summary>The instance running it now; null when nobody is.</summary>
    public string? LeasedBy { get; set; }

    /// <summary>Until when the lease holds; an instance that died mid-run loses it then.</summary>
    public DateTime? LeasedUntil { get; set; }

    public DateTime NextRunAt { get; set; }

    public DateTime? LastStartedAt { get; set; }

    public DateTime? LastFinishedAt { get; set; }

    public bool? LastSucceeded { get; set; }

    /// <summary>The last run's summary, or its error.</summary>
    public string? LastOutcome { get; set; }

    public long? Watermark { get; set; }

    public int ConsecutiveFailures { get; set; }
}
