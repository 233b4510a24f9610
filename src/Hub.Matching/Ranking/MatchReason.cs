using Hub.Matching.Features;

namespace Hub.Matching.Ranking;

/// <summary>One fact that drove a score: which feature, how much it added, and the words for it.</summary>
public sealed record MatchReason(MatchFeature Feature, float Contribution, string Text);
