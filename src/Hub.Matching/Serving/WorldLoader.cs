using Hub.Core.Data;
using Hub.Core.Profiles;
using Hub.Core.Recommendations;
using Hub.Matching.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Matching.Serving;

/// <summary>Builds the recommender's snapshot from the database when profiles have changed since the last one, here or on another instance.</summary>
public sealed class WorldLoader(IServiceScopeFactory scopes, RecommenderState state, MatchingInputChanges changes, TimeProvider clock, ILogger<WorldLoader> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int _refreshing;

    /// <summary>
    /// The current snapshot. When profiles changed since it was built, a rebuild starts in the background and requests
    /// keep the previous snapshot meanwhile (at 100,000 profiles a rebuild takes seconds); only the very first request,
    /// or one that asks for <paramref name="fresh"/> data, waits for it.
    /// </summary>
    public async Task<MatchWorld> CurrentAsync(bool fresh = false, CancellationToken ct = default)
    {
        // Changes saved by other instances count too: the shared stamp is read at most once per check interval.
        await changes.RefreshAsync(ct);
        var wanted = changes.Version;
        var hasWorld = state.World.Profiles.Count > 0;
        if (state.BuiltFromVersion == wanted && hasWorld)
        {
            return state.World;
        }

        if (hasWorld && !fresh)
        {
            // Task.Run: SQLite's async calls complete synchronously, which would make the "background" rebuild block this request.
            var current = state.World;
            _ = Task.Run(RefreshInBackgroundAsync, CancellationToken.None);
            return current;
        }

        await RebuildAsync(ct);
        return state.World;
    }

    private async Task RefreshInBackgroundAsync()
    {
        if (Interlocked.Exchange(ref _refreshing, 1) == 1)
        {
            return;
        }

        try
        {
            await RebuildAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Rebuilding the recommender snapshot failed; the previous one keeps serving.");
        }
        finally
        {
            Interlocked.Exchange(ref _refreshing, 0);
        }
    }

    private async Task RebuildAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var wanted = changes.Version;
            if (state.BuiltFromVersion != wanted || state.World.Profiles.Count == 0)
            {
                state.Swap(await BuildAsync(ct), wanted);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    public async Task<MatchWorld> BuildAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var profiles = await db.Profiles.AsNoTracking().AsSplitQuery().Include(p => p.Tags).Include(p => p.FieldVisibilities).ToListAsync(ct);
        var tags = await db.Tags.AsNoTracking().ToListAsync(ct);
        var offers = await db.ComputeOffers.AsNoTracking().ToListAsync(ct);
        return MatchWorld.Build(profiles, tags, offers, await BehaviourAsync(db, ct), clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>Per candidate: introductions received, answered, and still waiting (requested in the last 30 days, unanswered).</summary>
    private async Task<Dictionary<int, BehaviourStats>> BehaviourAsync(HubDbContext db, CancellationToken ct)
    {
        var recent = clock.GetUtcNow().UtcDateTime.AddDays(-30);
        var rows = await db.InteractionSignals.AsNoTracking()
            .Where(s => s.Kind == SignalKind.IntroductionRequested || s.Kind == SignalKind.IntroductionAccepted || s.Kind == SignalKind.IntroductionDeclined)
            .Select(s => new { s.SeekerProfileId, s.CandidateProfileId, s.Kind, s.CreatedAt })
            .ToListAsync(ct);
        return rows.GroupBy(r => (r.SeekerProfileId, r.CandidateProfileId))
            .Select(g => new
            {
                Candidate = g.Key.CandidateProfileId,
                Requested = g.Any(r => r.Kind == SignalKind.IntroductionRequested),
                Answered = g.Any(r => r.Kind != SignalKind.IntroductionRequested),
                Recent = g.Any(r => r.Kind == SignalKind.IntroductionRequested && r.CreatedAt >= recent),
            })
            .Where(x => x.Requested)
            .GroupBy(x => x.Candidate)
            .ToDictionary(g => g.Key, g => new BehaviourStats(g.Count(), g.Count(x => x.Answered), g.Count(x => !x.Answered && x.Recent)));
    }
}
