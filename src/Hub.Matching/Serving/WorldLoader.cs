using Hub.Core.Data;
using Hub.Core.Profiles;
using Hub.Core.Recommendations;
using Hub.Matching.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Matching.Serving;

/// <summary>Builds the recommender's snapshot from the database when profiles have changed since the last one.</summary>
public sealed class WorldLoader(IServiceScopeFactory scopes, RecommenderState state, ProfileChanges changes, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The current snapshot, rebuilt first if profiles changed (one rebuild at a time; others wait for it).</summary>
    public async Task<MatchWorld> CurrentAsync(CancellationToken ct = default)
    {
        var wanted = changes.Version;
        if (state.BuiltFromVersion == wanted && state.World.Profiles.Count > 0)
        {
            return state.World;
        }

        await _gate.WaitAsync(ct);
        try
        {
            wanted = changes.Version;
            if (state.BuiltFromVersion != wanted || state.World.Profiles.Count == 0)
            {
                state.Swap(await BuildAsync(ct), wanted);
            }

            return state.World;
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
        var profiles = await db.Profiles.AsNoTracking().AsSplitQuery().Include(p => p.Tags).ToListAsync(ct);
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
