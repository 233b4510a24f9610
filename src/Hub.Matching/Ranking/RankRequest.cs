using Hub.Core.Profiles;

namespace Hub.Matching.Ranking;

public sealed record RankRequest
{
    public required int SeekerId { get; init; }

    public required IReadOnlyList<ProfileKind> Kinds { get; init; }

    public int Take { get; init; } = 20;

    /// <summary>Only candidates in this country (ISO code), when set.</summary>
    public string? Country { get; init; }

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
