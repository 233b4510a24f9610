using Hub.Core.Events;
using Hub.Matching.Features;
using Hub.Matching.Ranking;
using Hub.Matching.Serving;

namespace Hub.Matching.Events;

/// <summary>
/// Scores pairs of event participants with the serving recommender: both directions' interest, combined reciprocally,
/// so a pair scores high only when both sides would want the meeting.
/// </summary>
public sealed class EventPairScorer(WorldLoader worlds, RecommenderState state) : IEventPairScorer
{
    public async Task<IReadOnlyDictionary<(int ProfileA, int ProfileB), double>> ScoreAsync(IReadOnlyCollection<(int ProfileA, int ProfileB)> pairs, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var world = await worlds.CurrentAsync(ct: ct);
        if (pairs.Any(p => world.Find(p.ProfileA) is null || world.Find(p.ProfileB) is null))
        {
            world = await worlds.CurrentAsync(fresh: true, ct);
        }

        var scorer = state.Scorer;
        var scores = new Dictionary<(int, int), double>(pairs.Count);
        foreach (var (a, b) in pairs)
        {
            var pa = world.Find(a);
            var pb = world.Find(b);
            if (pa is null || pb is null || a == b)
            {
                continue;
            }

            var forward = scorer.Interest(PairFeatures.Compute(pa, pb));
            var backward = scorer.Interest(PairFeatures.Compute(pb, pa));
            // Either order reads the same: the mean of both seekers' reciprocal views.
            var score = (Reciprocal.Combine(forward, backward) + Reciprocal.Combine(backward, forward)) / 2;
            scores[(a, b)] = Math.Clamp(score, 1e-4, 1);
            scores[(b, a)] = scores[(a, b)];
        }

        return scores;
    }

    /// <summary>Why the candidate fits the seeker, in the seeker's voice.</summary>
    public async Task<IReadOnlyList<string>> ReasonsAsync(int seekerId, int candidateId, CancellationToken ct = default)
    {
        var world = await worlds.CurrentAsync(ct: ct);
        var seeker = world.Find(seekerId);
        var candidate = world.Find(candidateId);
        if (seeker is null || candidate is null)
        {
            return [];
        }

        var features = PairFeatures.Compute(seeker, candidate);
        var contributions = state.Scorer.Contributions([features])[0];
        return [.. Explanations.Explain(world, seeker, candidate, features, contributions).Select(r => r.For(ReasonVoice.Seeker))];
    }
}
