using Hub.Core.Profiles;
using Hub.Matching.Features;

namespace Hub.Matching.Ranking;

public enum DismissReason
{
    WrongSector = 1,
    WrongStage = 2,
    WrongLocation = 3,
    WrongTicket = 4,
    Other = 5,
}

/// <summary>A candidate the seeker dismissed, and why: later candidates like it in that respect rank lower.</summary>
public sealed record Dismissal(int CandidateId, DismissReason Reason);

public sealed record RankRequest
{
    public required int SeekerId { get; init; }

    public required IReadOnlyList<ProfileKind> Kinds { get; init; }

    public int Take { get; init; } = 20;

    /// <summary>Profiles never to show (dismissed, blocked, the seeker's own).</summary>
    public IReadOnlySet<int> Exclude { get; init; } = new HashSet<int>();

    public IReadOnlyList<Dismissal> Dismissals { get; init; } = [];

    /// <summary>How often each candidate was recently shown to anyone, for load-aware re-ranking.</summary>
    public IReadOnlyDictionary<int, int> Exposure { get; init; } = new Dictionary<int, int>();

    /// <summary>Exposure above which a candidate starts to be held back; about twice the average exposure works well.</summary>
    public int ExposureTarget { get; init; } = Recommender.DefaultExposureTarget;

    public bool Reciprocal { get; init; } = true;

    public bool LoadAware { get; init; } = true;
}

/// <summary>
/// A ranked candidate: the ranking score (after dismissal feedback and load balancing), the match itself (both directions
/// combined, what people are shown), the two directions, and the reasons in words.
/// </summary>
public sealed record Recommendation(int CandidateId, float Score, float Match, float Forward, float Backward, IReadOnlyList<MatchReason> Reasons);

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
        if (seeker is null)
        {
            return [];
        }

        var dismissed = request.Dismissals.Select(d => (Candidate: world.Find(d.CandidateId), d.Reason)).Where(d => d.Candidate is not null).ToList();
        var kinds = request.Kinds.ToHashSet();
        var profiles = world.Profiles;
        var scored = new List<(MatchProfile Candidate, float Score, float Match, float Forward, float Backward)>();
        Span<float> features = stackalloc float[PairFeatures.Count];
        foreach (var candidate in profiles)
        {
            if (candidate.Id == seeker.Id || !kinds.Contains(candidate.Kind) || request.Exclude.Contains(candidate.Id))
            {
                continue;
            }

            PairFeatures.Compute(seeker, candidate, features);
            var forward = scorer.Interest(features);
            var backward = 1f;
            if (request.Reciprocal)
            {
                PairFeatures.Compute(candidate, seeker, features);
                backward = scorer.Interest(features);
            }

            var match = request.Reciprocal ? Reciprocal.Combine(forward, backward) : forward;
            var score = match;
            foreach (var (other, reason) in dismissed)
            {
                if (Resembles(seeker, candidate, other!, reason))
                {
                    score *= 0.6f;
                }
            }

            if (request.LoadAware)
            {
                score *= LoadFactor(request.Exposure.GetValueOrDefault(candidate.Id) + candidate.PendingRequests, request.ExposureTarget);
            }

            scored.Add((candidate, score, match, forward, backward));
        }

        var top = scored.OrderByDescending(s => s.Score).ThenBy(s => s.Candidate.Id).Take(request.Take).ToList();
        var contributions = new float[PairFeatures.Count];
        return top.Select(s =>
        {
            var f = PairFeatures.Compute(seeker, s.Candidate);
            scorer.Contributions(f, contributions);
            return new Recommendation(s.Candidate.Id, s.Score, s.Match, s.Forward, s.Backward, Explanations.Explain(world, seeker, s.Candidate, f, contributions));
        }).ToList();
    }

    /// <summary>
    /// Holds back candidates already seen far more than most, and gives never-shown ones a small lift, so attention spreads
    /// over the market instead of flooding a few popular profiles.
    /// </summary>
    public static float LoadFactor(int exposure, int target) =>
        exposure == 0 ? 1.5f : exposure <= target ? 1f : 1f / (1f + (2f * ((exposure / (float)target) - 1f)));

    /// <summary>Whether a candidate shares, with a dismissed one, the trait the dismissal named.</summary>
    public static bool Resembles(MatchProfile seeker, MatchProfile candidate, MatchProfile dismissed, DismissReason reason) => reason switch
    {
        // Only the dismissed one's sectors that the seeker does not work in were "wrong".
        DismissReason.WrongSector => (candidate.Sectors & dismissed.Sectors & ~seeker.Sectors) != 0,
        DismissReason.WrongStage => candidate.Kind == dismissed.Kind &&
            ((candidate.Stage is not null && candidate.Stage == dismissed.Stage) ||
             (candidate.InvestorStages != Stages.None && candidate.InvestorStages == dismissed.InvestorStages)),
        DismissReason.WrongLocation => candidate.Country == dismissed.Country && candidate.Country != seeker.Country,
        DismissReason.WrongTicket => candidate.Kind == dismissed.Kind && Overlaps(candidate, dismissed),
        _ => false,
    };

    private static bool Overlaps(MatchProfile a, MatchProfile b) =>
        a.TicketMinEur is not null && b.TicketMinEur is not null
            ? a.TicketMinEur <= b.TicketMaxEur && b.TicketMinEur <= a.TicketMaxEur
            : a.RaiseTargetEur is not null && b.RaiseTargetEur is not null &&
              Math.Abs(Math.Log((double)a.RaiseTargetEur.Value / Math.Max(1, b.RaiseTargetEur.Value))) < Math.Log(2);
}
