using Hub.Core.Jobs;

namespace Hub.Core.Tests;

/// <summary>
/// A periodic job a test steers through its <see cref="JobScript"/>: each run moves the watermark on by one, counts
/// itself, then fails or succeeds as the script says.
/// </summary>
public sealed class ScriptedJob(JobScript script) : IPeriodicJob
{
    public const string JobName = "test.scripted";

    public string Name => JobName;

    public TimeSpan Interval => TimeSpan.FromHours(1);

    public Task<string> RunAsync(JobRun run, CancellationToken ct)
    {
        script.Runs++;
        script.WatermarksSeen.Add(run.Watermark);
        run.Watermark = (run.Watermark ?? 0) + 1;
        return script.Fail
            ? throw new InvalidOperationException("The archive is unreachable.")
            : Task.FromResult($"Run {script.Runs} done.");
    }
}
