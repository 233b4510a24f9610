using System.Data.Common;
using Hub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Core.Profiles;

/// <summary>
/// Counts changes to what the recommender reads (profiles, their tags, and the signals that introductions leave), so that
/// caches built from them (the recommender's snapshot) know when to rebuild, without Core depending on the recommender.
/// </summary>
/// <remarks>
/// The count lives in the database (<see cref="ChangeStamps.MatchingInputs"/>), so a change saved on one instance makes
/// every instance rebuild: each reads the stamp again at most every <see cref="CheckInterval"/>, and sees its own changes
/// at once. The stamp is bumped right after the change commits, by one atomic UPDATE.
/// </remarks>
public sealed class MatchingInputChanges(IServiceScopeFactory scopes, TimeProvider clock, TimeSpan checkInterval, ILogger<MatchingInputChanges> logger)
{
    private long _stored;
    private long _unshared;
    private long _checkedAt;
    private int _reading;

    public TimeSpan CheckInterval => checkInterval;

    /// <summary>Moves on with every change seen by this instance, its own or (after a <see cref="RefreshAsync"/>) another's.</summary>
    public long Version => Interlocked.Read(ref _stored) + Interlocked.Read(ref _unshared);

    /// <summary>Records a change that <paramref name="db"/> has just saved. Never fails the caller: the change is saved already.</summary>
    public async Task RecordAsync(HubDbContext db, CancellationToken ct = default)
    {
        try
        {
            await db.ChangeStamps.Where(s => s.Name == ChangeStamps.MatchingInputs)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Value, x => x.Value + 1), ct);
            Raise(await db.ChangeStamps.AsNoTracking().Where(s => s.Name == ChangeStamps.MatchingInputs).Select(s => s.Value).FirstOrDefaultAsync(ct));
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            // This instance still rebuilds; the others see the change with the next one that reaches the database.
            Interlocked.Increment(ref _unshared);
            logger.LogWarning(e, "The shared change stamp could not be bumped; other instances refresh at the next change.");
        }
    }

    /// <summary>Reads the shared stamp when it was last read more than <see cref="CheckInterval"/> ago.</summary>
    public async Task RefreshAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcTicks;
        if (now - Interlocked.Read(ref _checkedAt) < checkInterval.Ticks || Interlocked.Exchange(ref _reading, 1) == 1)
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            Raise(await db.ChangeStamps.AsNoTracking().Where(s => s.Name == ChangeStamps.MatchingInputs).Select(s => s.Value).FirstOrDefaultAsync(ct));
            Interlocked.Exchange(ref _checkedAt, now);
        }
        finally
        {
            Interlocked.Exchange(ref _reading, 0);
        }
    }

    private void Raise(long stored)
    {
        var seen = Interlocked.Read(ref _stored);
        while (stored > seen)
        {
            var previous = Interlocked.CompareExchange(ref _stored, stored, seen);
            if (previous == seen)
            {
                return;
            }

            seen = previous;
        }
    }
}
