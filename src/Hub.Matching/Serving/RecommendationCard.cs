using Hub.Core.Profiles;
using Hub.Matching.Ranking;

namespace Hub.Matching.Serving;

/// <summary>A recommendation ready for a card: who, how good, why.</summary>
public sealed record RecommendationCard(
    ProfileCard Profile,
    float Score,
    float TheirInterest,
    float YourInterest,
    IReadOnlyList<MatchReason> Reasons,
    bool Saved);
