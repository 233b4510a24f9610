using Hub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Core.Jobs;

/// <summary>
/// Runs every registered <see cref="IPeriodicJob"/> when it is due. A job's row in the database is its lease: an
/// instance takes it with one conditional update, so when several instances share a database each run happens once.
/// Runs, outcomes and watermarks are stored; a failed run is logged and tried again after <see cref="JobHostOptions.RetryDelay"/>.
/// </summary>
public sealed class JobHost(
    IServiceScopeFactory scopes,
    JobRegistry registry,
    IOptions<JobHostOptions> options,
    TimeProvider clock,
    ILogger<JobHost> logger) : BackgroundService
{
    /// <summary>Names this process in leases.</summary>
    public string InstanceId { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}" is var id && id.Length > 100 ? id[^100..] : id;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database itself may be away (a restart, a full disk): keep polling.
                logger.LogError(e, "The job host could not check for due jobs; it will look again.");
            }

            await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
        }
    }

    /// <summary>Runs each job that is due and whose lease this instance obtains. Returns the names of the jobs it ran.</summary>
    public async Task<IReadOnlyList<string>> RunDueAsync(CancellationToken ct = default)
    {
        var ran = new List<string>();
        foreach (var jobType in registry.JobTypes)
        {
            await using var scope = scopes.CreateAsyncScope();
            var job = (IPeriodicJob)scope.ServiceProvider.GetRequiredService(jobType);
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            var state = await TakeLeaseAsync(db, job.Name, ct);
            if (state is null)
            {
                continue;
            }

            ran.Add(job.Name);
            var run = new JobRun(state.Watermark, clock.GetUtcNow().UtcDateTime);
            string outcome;
            bool succeeded;
            try
            {
                // A run longer than the lease's term must not let another instance start the same job beside it.
                await using (KeepLease(job.Name))
                {
                    outcome = await job.RunAsync(run, ct);
                }

                succeeded = true;
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                logger.LogError(e, "Job {Job} failed; it will be tried again.", job.Name);
                outcome = $"Failed: {e.Message}";
                succeeded = false;
            }

            db.ChangeTracker.Clear();
            var finished = clock.GetUtcNow().UtcDateTime;
            var retry = job.Interval < options.Value.RetryDelay ? job.Interval : options.Value.RetryDelay;
            // A job moves its watermark only past durable work, so even a failed run keeps what it finished.
            var watermark = run.Watermark;
            var failures = succeeded ? 0 : state.ConsecutiveFailures + 1;
            var summary = outcome.Length > 500 ? outcome[..500] : outcome;
            await db.PeriodicJobs.Where(j => j.Name == job.Name && j.LeasedBy == InstanceId).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.LeasedBy, (string?)null)
                .SetProperty(j => j.LeasedUntil, (DateTime?)null)
                .SetProperty(j => j.LastFinishedAt, finished)
                .SetProperty(j => j.LastSucceeded, succeeded)
                .SetProperty(j => j.LastOutcome, summary)
                .SetProperty(j => j.Watermark, watermark)
                .SetProperty(j => j.ConsecutiveFailures, failures)
                .SetProperty(j => j.NextRunAt, finished + (succeeded ? job.Interval : retry)), ct);
        }

        return ran;
    }

    /// <summary>
    /// Takes a named lease outside the schedule, for work that must run on one instance at a time however it is started
    /// (an admin's training run): true when this instance now holds it. Release it with <see cref="ReleaseAsync"/>.
    /// </summary>
    public async Task<bool> TryLeaseAsync(string name, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await TakeLeaseAsync(scope.ServiceProvider.GetRequiredService<HubDbContext>(), name, ct) is not null;
    }

    /// <summary>
    /// Extends a lease this instance holds to <see cref="JobHostOptions.LeaseDuration"/> from now. False when it no longer
    /// holds it (it lapsed and another instance took it): the caller's work is then no longer the only one.
    /// </summary>
    public async Task<bool> RenewAsync(string name, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var until = clock.GetUtcNow().UtcDateTime + options.Value.LeaseDuration;
        return await scope.ServiceProvider.GetRequiredService<HubDbContext>().PeriodicJobs
            .Where(j => j.Name == name && j.LeasedBy == InstanceId)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeasedUntil, until), ct) == 1;
    }

    /// <summary>
    /// Renews a held lease every third of its term until disposed, so work that outlasts the term (training on a large
    /// history, a long digest run) keeps it; an instance that stops renewing (it died) frees it after one term.
    /// </summary>
    public LeaseKeeper KeepLease(string name) => new(this, name, options.Value.LeaseDuration / 3, clock, logger);

    /// <summary>Who holds a named lease now, and since when; null when nobody does.</summary>
    public async Task<(string Holder, DateTime Since)?> LeaseHolderAsync(string name, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var now = clock.GetUtcNow().UtcDateTime;
        var row = await scope.ServiceProvider.GetRequiredService<HubDbContext>().PeriodicJobs.AsNoTracking()
            .Where(j => j.Name == name && j.LeasedBy != null && j.LeasedUntil >= now).Select(j => new { j.LeasedBy, j.LastStartedAt }).FirstOrDefaultAsync(ct);
        return row is null ? null : (row.LeasedBy!, row.LastStartedAt ?? now);
    }

    /// <summary>Gives back a lease taken with <see cref="TryLeaseAsync"/>, recording how the work went.</summary>
    public async Task ReleaseAsync(string name, bool succeeded, string outcome, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var finished = clock.GetUtcNow().UtcDateTime;
        var summary = outcome.Length > 500 ? outcome[..500] : outcome;
        await scope.ServiceProvider.GetRequiredService<HubDbContext>().PeriodicJobs.Where(j => j.Name == name && j.LeasedBy == InstanceId)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.LeasedBy, (string?)null)
                .SetProperty(j => j.LeasedUntil, (DateTime?)null)
                .SetProperty(j => j.LastFinishedAt, finished)
                .SetProperty(j => j.LastSucceeded, succeeded)
                .SetProperty(j => j.LastOutcome, summary)
                .SetProperty(j => j.NextRunAt, finished), ct);
    }

    /// <summary>Takes the job's lease if it is due and nobody holds it; returns its state then, null otherwise.</summary>
    private async Task<PeriodicJobState?> TakeLeaseAsync(HubDbContext db, string name, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (!await db.PeriodicJobs.AnyAsync(j => j.Name == name, ct))
        {
            db.PeriodicJobs.Add(new PeriodicJobState { Name = name, NextRunAt = now });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another instance created the row at the same moment: the lease below decides who runs.
            }

            db.ChangeTracker.Clear();
        }

        var leaseUntil = now + options.Value.LeaseDuration;
        var taken = await db.PeriodicJobs
            .Where(j => j.Name == name && j.NextRunAt <= now && (j.LeasedUntil == null || j.LeasedUntil < now))
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.LeasedBy, InstanceId)
                .SetProperty(j => j.LeasedUntil, leaseUntil)
                .SetProperty(j => j.LastStartedAt, now), ct);
        return taken == 1 ? await db.PeriodicJobs.AsNoTracking().SingleAsync(j => j.Name == name, ct) : null;
    }
}
