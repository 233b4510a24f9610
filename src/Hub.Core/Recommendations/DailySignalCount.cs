namespace Hub.Core.Recommendations;

/// <summary>
/// Impressions or views of one candidate by one seeker profile on one UTC day, folded from raw signals older than the
/// retention period (<see cref="RecommendationSignalOptions.RawSignalDays"/>). Holds no account and no time of day.
/// </summary>
public class DailySignalCount
{
    public DateOnly Day { get; set; }

    public int SeekerProfileId { get; set; }

    public int CandidateProfileId { get; set; }

    public SignalKind Kind { get; set; }

    public int Count { get; set; }
}
