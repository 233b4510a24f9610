using Hub.Core.Profiles;

namespace Hub.Matching.Serving;

/// <summary>One list on the "For you" page.</summary>
public sealed record RecommendationList(Intent Need, string Heading, IReadOnlyList<RecommendationCard> Cards, string ScorerName);
