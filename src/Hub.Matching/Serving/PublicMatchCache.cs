using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Hub.Matching.Features;

namespace Hub.Matching.Serving;

/// <summary>
/// "Who fits" and "similar profiles" on public profile pages, computed once per profile, world snapshot and scorer, and
/// kept for a few minutes: anyone (signed out too) can open profile pages, and each view used to rank twice (prerender
/// and circuit). A new snapshot or model starts afresh; the store per snapshot is bounded.
/// </summary>
public sealed class PublicMatchCache(TimeProvider clock)
{
    /// <summary>How long a result is served before it is computed again (names and logos on the cards may change meanwhile).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>Results kept per snapshot at most; beyond it results are computed and not kept.</summary>
    public const int MaxEntries = 20_000;

    private readonly ConditionalWeakTable<MatchWorld, ConcurrentDictionary<Key, Entry>> _byWorld = new();

    public async Task<IReadOnlyList<RecommendationCard>> GetOrAddAsync(MatchWorld world, object scorer, MatchList list, int profileId, int take,
        Func<Task<IReadOnlyList<RecommendationCard>>> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        var entries = _byWorld.GetValue(world, _ => new ConcurrentDictionary<Key, Entry>());
        var key = new Key(scorer, list, profileId, take);
        var now = clock.GetUtcNow();
        if (entries.TryGetValue(key, out var hit) && hit.Until > now)
        {
            return hit.Cards;
        }

        var cards = await compute();
        if (entries.Count < MaxEntries || entries.ContainsKey(key))
        {
            entries[key] = new Entry(cards, now + Lifetime);
        }

        return cards;
    }

    public enum MatchList
    {
        WhoFits = 1,
        Similar = 2,
    }

    // The scorer by reference: a retrained model is a new scorer even under the same name.
    private readonly record struct Key(object Scorer, MatchList List, int ProfileId, int Take);

    private sealed record Entry(IReadOnlyList<RecommendationCard> Cards, DateTimeOffset Until);
}
