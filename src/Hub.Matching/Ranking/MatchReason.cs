using Hub.Matching.Features;

namespace Hub.Matching.Ranking;

/// <summary>
/// One fact that drove a score: which feature, how much it added, and the words for it as each reader should see them.
/// <see cref="Text"/> is for the seeker's own members.
/// </summary>
public sealed record MatchReason(MatchFeature Feature, float Contribution, string Text)
{
    /// <summary>The same fact for a member of the candidate profile (the seeker is "they").</summary>
    public string ForCandidate { get; init; } = Text;

    /// <summary>The same fact for anyone else, naming both sides.</summary>
    public string ForObserver { get; init; } = Text;

    public string For(ReasonVoice voice) => voice switch
    {
        ReasonVoice.Candidate => ForCandidate,
        ReasonVoice.Observer => ForObserver,
        _ => Text,
    };
}
