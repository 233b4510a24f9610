namespace Hub.Core.Jobs;

/// <summary>Settings of the job host (section "Hub:Jobs").</summary>
public sealed class JobHostOptions
{
    /// <summary>Off in tools that share the database but should not run background work.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the host looks for due jobs.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a run may hold its lease before another instance may take the job over.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>After a failure the job is tried again this soon (or at its interval, if that is shorter).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);
}
