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
}

/// <summary>Why a recommendation was dismissed; the reason steers what is shown next.</summary>
public enum DismissalReason
{
    WrongSector = 1,
    WrongStage = 2,
    WrongLocation = 3,
    WrongTicket = 4,
    Other = 5,
}

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

    /// <summary>The label this signal gives the pair: dismissed 0, viewed 1, saved or introduction requested 2, accepted 3, meeting 4.</summary>
    public static int? Grade(SignalKind kind) => kind switch
    {
        SignalKind.Dismissed => 0,
        SignalKind.Viewed => 1,
        SignalKind.Saved or SignalKind.IntroductionRequested => 2,
        SignalKind.IntroductionAccepted => 3,
        SignalKind.MeetingPositive => 4,
        SignalKind.IntroductionDeclined => 1,
        _ => null,
    };
}

/// <summary>A trained recommender model with its measurements. The newest active version serves.</summary>
public class ModelVersion
{
    public int Id { get; set; }

    public DateTime CreatedAt { get; set; }

    public int TrainingPairs { get; set; }

    public int HoldoutPairs { get; set; }

    public double HoldoutNdcg10 { get; set; }

    /// <summary>NDCG@10 of the content score on the same held-out lists, for comparison.</summary>
    public double ContentNdcg10 { get; set; }

    /// <summary>Permutation importance per feature, as JSON.</summary>
    public string FeatureImportanceJson { get; set; } = "{}";

    public double TrainingSeconds { get; set; }

    /// <summary>What triggered it: "schedule", "admin", "demo", "import".</summary>
    public string Trigger { get; set; } = "schedule";

    public long LastSignalId { get; set; }

    /// <summary>Mean of the model's raw scores on its training pairs (for centring interest).</summary>
    public double ScoreMean { get; set; }

    /// <summary>Standard deviation of the model's raw scores on its training pairs.</summary>
    public double ScoreSpread { get; set; } = 1;

    public byte[] Model { get; set; } = [];
}
