using Hub.Core.Profiles;

namespace Hub.Matching.Serving;

/// <summary>One list on the "For you" page; not personalised when the reader withdrew consent to personalisation.</summary>
public sealed record RecommendationList(Intent Need, string Heading, IReadOnlyList<RecommendationCard> Cards, string ScorerName, bool Personalised = true);
