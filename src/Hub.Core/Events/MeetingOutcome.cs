namespace Hub.Core.Events;

/// <summary>What a meeting led to, from least to most (the best becomes the recommender's strongest label).</summary>
public enum MeetingOutcome
{
    None = 0,
    FollowUpPlanned = 1,
    Nda = 2,
    Pilot = 3,
    InvestmentTalks = 4,
}
