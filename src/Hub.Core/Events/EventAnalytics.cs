namespace Hub.Core.Events;

/// <summary>What an event produced, for its organisers' charts.</summary>
public sealed record EventAnalytics(
    IReadOnlyList<(DateOnly Day, int Total)> RegistrationsOverTime,
    int Registrations,
    int Approved,
    int RequestsSent,
    int RequestsAccepted,
    int MeetingsScheduled,
    int MeetingsHeld,
    int NoShows,
    IReadOnlyList<int> RatingCounts,
    IReadOnlyList<(string Stage, int Meetings)> OutcomeFunnel,
    IReadOnlyList<KindFigures> ByKind,
    IReadOnlyList<SectorFigures> BySector)
{
    public double AcceptanceRate => RequestsSent == 0 ? 0 : (double)RequestsAccepted / RequestsSent;

    public double NoShowRate => MeetingsHeld + NoShows == 0 ? 0 : (double)NoShows / (MeetingsHeld + NoShows);
}
