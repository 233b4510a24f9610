using System.Buffers;
using Hub.Core.Profiles;
using Hub.Core.Recommendations;
using Hub.Matching.Features;

namespace Hub.Matching.Ranking;

/// <summary>
/// Ranks candidates for a seeker: features → one-sided interest both ways → reciprocal combination → dismissal feedback
/// → load-aware re-ranking; explanations for the returned few only.
/// </summary>
public static class Recommender
{
    /// <summary>Exposure (recent impressions plus pending requests) above which a candidate starts to be held back.</summary>
    public const int DefaultExposureTarget = 40;

    public static IReadOnlyList<Recommendation> Rank(MatchWorld world, IPairScorer scorer, RankRequest request)
    {
        var seeker = world.Find(request.SeekerId);
        if (seeker is null || request.Take <= 0)
        {
            return [];
        }

        var dismissed = request.Dismissals.Select(d => (Candidate: world.Find(d.CandidateId), d.Reason)).Where(d => d.Candidate is not null).ToList();
        // Working arrays come from the shared pool: at 100,000 profiles they are large-object-heap sized, and allocating
        // them per request would trigger full garbage collections under load.
        var pool = ArrayPool<float>.Shared;
        var total = request.Kinds.Distinct().Sum(k => world.ByKind.GetValueOrDefault(k)?.Count ?? 0);
        var candidates = ArrayPool<MatchProfile>.Shared.Rent(total);
        var count = 0;
        foreach (var kind in request.Kinds.Distinct())
        {
            foreach (var c in world.ByKind.GetValueOrDefault(kind) ?? [])
            {
                if (c.Id != seeker.Id && !request.Exclude.Contains(c.Id) && (request.Country is null || c.Country == request.Country))
                {
                    candidates[count++] = c;
                }
            }
        }

        var forward = pool.Rent(count);
        var factor = pool.Rent(count);
        var bounds = pool.Rent(count);
        var order = ArrayPool<int>.Shared.Rent(count);
        var features = pool.Rent(count * PairFeatures.Count);
        try
        {
            return RankCandidates(world, scorer, request, seeker, dismissed, candidates, count, forward, factor, bounds, order, features);
        }
        finally
        {
            Array.Clear(candidates, 0, count);
            ArrayPool<MatchProfile>.Shared.Return(candidates);
            pool.Return(forward);
            pool.Return(factor);
            pool.Return(bounds);
            ArrayPool<int>.Shared.Return(order);
            pool.Return(features);
        }
    }

    private static List<Recommendation> RankCandidates(
        MatchWorld world, IPairScorer scorer, RankRequest request, MatchProfile seeker,
        List<(MatchProfile? Candidate, DismissalReason Reason)> dismissed,
        MatchProfile[] candidates, int count, float[] forward, float[] factor, float[] bounds, int[] order, float[] features)
    {

        // Pass 1, in parallel: the seeker's interest in every candidate, and the re-ranking factor (dismissals, load).
        // The forward features are kept: the reverse direction shares most of them (PairFeatures.Reverse).
        var seekerText = seeker.Text.ToDense(world.Text.Vocabulary);
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            () => 0,
            (i, _, state) =>
            {
                var candidate = candidates[i];
                var own = features.AsSpan(i * PairFeatures.Count, PairFeatures.Count);
                PairFeatures.Compute(seeker, candidate, own, seekerText);
                forward[i] = scorer.Interest(own);
                var f = 1f;
                foreach (var (other, reason) in dismissed)
                {
                    if (Resembles(seeker, candidate, other!, reason))
                    {
                        f *= 0.6f;
                    }
                }

                if (request.LoadAware)
                {
                    f *= LoadFactor(request.Exposure.GetValueOrDefault(candidate.Id) + candidate.PendingRequests, request.ExposureTarget);
                }

                factor[i] = f;
                return state;
            },
            _ => { });

        // Pass 2: the other side's interest, best-first, stopping once no remaining candidate could enter the top list.
        // The combined score can be at most Combine(forward, 1), so that bound times the factor is exact for pruning.
        for (var i = 0; i < count; i++)
        {
            // Negated so that an ascending sort puts the best first.
            bounds[i] = -factor[i] * (request.Reciprocal ? Reciprocal.Combine(forward[i], 1f) : forward[i]);
            order[i] = i;
        }

        Array.Sort(bounds, order, 0, count);
        var top = new List<(MatchProfile Candidate, float Score, float Match, float Forward, float Backward)>(request.Take + 1);
        Span<float> buffer = stackalloc float[PairFeatures.Count];
        for (var rank = 0; rank < count; rank++)
        {
            var i = order[rank];
            if (top.Count == request.Take && -bounds[rank] < top[^1].Score)
            {
                break;
            }

            var candidate = candidates[i];
            var backward = 1f;
            if (request.Reciprocal)
            {
                PairFeatures.Reverse(seeker, candidate, features.AsSpan(i * PairFeatures.Count, PairFeatures.Count), buffer);
                backward = scorer.Interest(buffer);
            }

            var match = request.Reciprocal ? Reciprocal.Combine(forward[i], backward) : forward[i];
            var entry = (candidate, match * factor[i], match, forward[i], backward);
            var at = top.FindIndex(t => t.Score < entry.Item2 || (t.Score == entry.Item2 && t.Candidate.Id > candidate.Id));
            top.Insert(at < 0 ? top.Count : at, entry);
            if (top.Count > request.Take)
            {
                top.RemoveAt(top.Count - 1);
            }
        }

        var pageFeatures = top.Select(t => PairFeatures.Compute(seeker, t.Candidate)).ToList();
        var contributions = scorer.Contributions(pageFeatures);
        return top.Select((s, i) => new Recommendation(s.Candidate.Id, s.Score, s.Match, s.Forward, s.Backward,
            Explanations.Explain(world, seeker, s.Candidate, pageFeatures[i], contributions[i]))).ToList();
    }

    /// <summary>
    /// Holds back candidates already seen far more than most, and gives never-shown ones a small lift, so attention spreads
    /// over the market instead of flooding a few popular profiles.
    /// </summary>
    public static float LoadFactor(int exposure, int target) =>
        exposure == 0 ? 1.5f : exposure <= target ? 1f : 1f / (1f + (2f * ((exposure / (float)target) - 1f)));

    /// <summary>Whether a candidate shares, with a dismissed one, the trait the dismissal named.</summary>
    public static bool Resembles(MatchProfile seeker, MatchProfile candidate, MatchProfile dismissed, DismissalReason reason) => reason switch
    {
        // Only the dismissed one's sectors that the seeker does not work in were "wrong".
        DismissalReason.WrongSector => (candidate.Sectors & dismissed.Sectors & ~seeker.Sectors) != 0,
        DismissalReason.WrongStage => candidate.Kind == dismissed.Kind &&
            ((candidate.Stage is not null && candidate.Stage == dismissed.Stage) ||
             (candidate.InvestorStages != Stages.None && candidate.InvestorStages == dismissed.InvestorStages)),
        DismissalReason.WrongLocation => candidate.Country == dismissed.Country && candidate.Country != seeker.Country,
        DismissalReason.WrongTicket => candidate.Kind == dismissed.Kind && Overlaps(candidate, dismissed),
        _ => false,
    };

    private static bool Overlaps(MatchProfile a, MatchProfile b) =>
        a.TicketMinEur is not null && b.TicketMinEur is not null
            ? a.TicketMinEur <= b.TicketMaxEur && b.TicketMinEur <= a.TicketMaxEur
            : a.RaiseTargetEur is not null && b.RaiseTargetEur is not null &&
              Math.Abs(Math.Log((double)a.RaiseTargetEur.Value / Math.Max(1, b.RaiseTargetEur.Value))) < Math.Log(2);
}
