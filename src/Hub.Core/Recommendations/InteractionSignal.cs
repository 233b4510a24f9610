namespace Hub.Core.Recommendations;

/// <summary>One interaction of a seeker profile with a candidate profile.</summary>
public class InteractionSignal
{
    public long Id { get; set; }

    public int SeekerProfileId { get; set; }

    public int CandidateProfileId { get; set; }

    public SignalKind Kind { get; set; }

    public DismissalReason? Reason { get; set; }

    /// <summary>The account that acted; null for imported or synthetic history.</summary>
    public string? UserId { get; set; }

    /// <summary>Where it came from: "app", "demo-history", or an import's name.</summary>
    public string Source { get; set; } = "app";

    public DateTime CreatedAt { get; set; }

    /// <summary>
    /// For an impression recorded in the app: the UTC day it counts for (one per viewer profile, candidate and day,
    /// held by a unique index). Null for every other signal and for imported or synthetic history.
    /// </summary>
    public DateOnly? ImpressionDay { get; set; }

    /// <summary>The label this signal gives the pair: dismissed 0, viewed 1, saved or introduction requested 2, accepted 3, meeting 4.</summary>
    public static int? Grade(SignalKind kind) => kind switch
    {
        SignalKind.Dismissed => 0,
        SignalKind.Viewed => 1,
        SignalKind.Saved or SignalKind.IntroductionRequested => 2,
        SignalKind.IntroductionAccepted => 3,
        SignalKind.MeetingPositive => 4,
        SignalKind.IntroductionDeclined => 1,
        SignalKind.MeetingWithoutOutcome => 1,
        _ => null,
    };
}
