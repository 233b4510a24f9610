namespace Hub.Core.Recommendations;

/// <summary>What someone did with a recommended profile. Each kind is a graded label that teaches the recommender.</summary>
public enum SignalKind
{
    Impression = 0,
    Dismissed = 1,
    Viewed = 2,
    Saved = 3,
    IntroductionRequested = 4,
    IntroductionAccepted = 5,
    IntroductionDeclined = 6,
    MeetingPositive = 7,
    Unsaved = 8,

    /// <summary>A meeting at an event that was held but led to nothing.</summary>
    MeetingWithoutOutcome = 9,
}
