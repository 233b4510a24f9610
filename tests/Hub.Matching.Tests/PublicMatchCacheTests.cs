using Hub.Core.Profiles;
using Hub.Matching.Ranking;
using Hub.Matching.Serving;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Matching.Tests;

/// <summary>Public profile pages rank once per profile, snapshot and model, for a few minutes, however often they are viewed.</summary>
public class PublicMatchCacheTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
    private int _computed;

    private Task<IReadOnlyList<RecommendationCard>> Compute()
    {
        _computed++;
        return Task.FromResult<IReadOnlyList<RecommendationCard>>([]);
    }

    private static readonly Hub.Matching.Features.MatchWorld World =
        Worlds.Small([Worlds.Startup(1, "Orbi", Stages.Seed, 500_000, 1), Worlds.Investor(2, "Fund", Stages.Seed, 100_000, 1_000_000, ["LU"], 1)]);

    [Fact]
    public async Task ManyViewsOfOneProfileRankItOnce()
    {
        var cache = new PublicMatchCache(_clock);
        var scorer = new ContentScorer();

        for (var view = 0; view < 5; view++)
        {
            await cache.GetOrAddAsync(World, scorer, PublicMatchCache.MatchList.WhoFits, 1, 5, Compute);
        }

        Assert.Equal(1, _computed);
        await cache.GetOrAddAsync(World, scorer, PublicMatchCache.MatchList.Similar, 1, 5, Compute);
        await cache.GetOrAddAsync(World, scorer, PublicMatchCache.MatchList.WhoFits, 2, 5, Compute);
        Assert.Equal(3, _computed);
    }

    [Fact]
    public async Task ANewSnapshotANewModelOrTheEndOfTheLifetimeRanksAgain()
    {
        var cache = new PublicMatchCache(_clock);
        var scorer = new ContentScorer();
        await cache.GetOrAddAsync(World, scorer, PublicMatchCache.MatchList.WhoFits, 1, 5, Compute);

        await cache.GetOrAddAsync(World, new ContentScorer(), PublicMatchCache.MatchList.WhoFits, 1, 5, Compute);
        var rebuilt = Worlds.Small([Worlds.Startup(1, "Orbi", Stages.Seed, 500_000, 1)]);
        await cache.GetOrAddAsync(rebuilt, scorer, PublicMatchCache.MatchList.WhoFits, 1, 5, Compute);
        Assert.Equal(3, _computed);

        _clock.Advance(PublicMatchCache.Lifetime - TimeSpan.FromSeconds(1));
        await cache.GetOrAddAsync(World, scorer, PublicMatchCache.MatchList.WhoFits, 1, 5, Compute);
        Assert.Equal(3, _computed);
        _clock.Advance(TimeSpan.FromSeconds(2));
        await cache.GetOrAddAsync(World, scorer, PublicMatchCache.MatchList.WhoFits, 1, 5, Compute);
        Assert.Equal(4, _computed);
    }
}
