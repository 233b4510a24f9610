namespace Hub.Matching.Features;

/// <summary>The features of a (seeker, candidate) pair, in the order of the model's feature vector. See docs/matching.md.</summary>
public enum MatchFeature
{
    SectorOverlap = 0,
    DomainOverlap = 1,
    TechnologyOverlap = 2,
    TextSimilarity = 3,
    IntentFit = 4,
    StageFit = 5,
    TicketFit = 6,
    GeographyFit = 7,
    ComputeFit = 8,
    Responsiveness = 9,
    Load = 10,
}
