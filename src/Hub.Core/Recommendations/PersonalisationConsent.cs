namespace Hub.Core.Recommendations;

/// <summary>
/// An account's choice about "Use my activity to personalise recommendations". No row means the default
/// (<see cref="RecommendationSignalOptions.PersonaliseByDefault"/>).
/// </summary>
public class PersonalisationConsent
{
    public required string UserId { get; set; }

    public bool Personalise { get; set; }

    public DateTime ChangedAt { get; set; }
}
