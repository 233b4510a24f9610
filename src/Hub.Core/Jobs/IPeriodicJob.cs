namespace Hub.Core.Jobs;

/// <summary>
/// Work that runs every <see cref="Interval"/> on the one job host, once across all instances that share the database.
/// Register it with <c>services.AddPeriodicJob&lt;T&gt;()</c>; it is resolved in its own scope for every run.
/// </summary>
public interface IPeriodicJob
{
    /// <summary>Stable name: the key of the job's lease, last run and watermark in the database.</summary>
    string Name { get; }

    TimeSpan Interval { get; }

    /// <summary>Does one run. Returns a short summary stored as the run's outcome; throws to have it retried.</summary>
    Task<string> RunAsync(JobRun run, CancellationToken ct);
}
