using Microsoft.Extensions.Logging;

namespace Hub.Core.Jobs;

/// <summary>Keeps renewing one lease of the <see cref="JobHost"/> until disposed (see <see cref="JobHost.KeepLease"/>).</summary>
public sealed class LeaseKeeper : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly PeriodicTimer _timer;
    private int _renewals;

    internal LeaseKeeper(JobHost host, string name, TimeSpan every, TimeProvider clock, ILogger logger)
    {
        // The timer starts now, not when the loop first runs: the term is counted from when the lease is kept.
        _timer = new PeriodicTimer(every, clock);
        _loop = RenewAsync(host, name, logger);
    }

    /// <summary>How many renewals went through so far.</summary>
    public int Renewals => Volatile.Read(ref _renewals);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private async Task RenewAsync(JobHost host, string name, ILogger logger)
    {
        await Task.Yield();
        using var timer = _timer;
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                try
                {
                    if (await host.RenewAsync(name, _stop.Token))
                    {
                        Interlocked.Increment(ref _renewals);
                    }
                    else
                    {
                        logger.LogWarning("The lease {Lease} lapsed and is no longer held by this instance; its work may now run elsewhere too.", name);
                        return;
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The database may be briefly away: the lease still has two thirds of its term; try at the next tick.
                    logger.LogWarning(e, "Renewing the lease {Lease} failed; trying again.", name);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed: the work is done and the caller releases the lease.
        }
    }
}
