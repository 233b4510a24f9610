using Hub.Core.Profiles;

namespace Hub.Core.Events;

/// <summary>
/// What an organiser fills in for an event. Times are wall-clock times in the event's time zone, as organisers think
/// of them; Hub stores them in UTC.
/// </summary>
public sealed class EventInput
{
    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    public string Venue { get; set; } = "";

    public string OnlineLinkTemplate { get; set; } = "";

    public string TimeZoneId { get; set; } = "Europe/Luxembourg";

    public int MeetingMinutes { get; set; } = 20;

    public int BreakMinutes { get; set; } = 5;

    /// <summary>Number of tables, used when <see cref="TableNames"/> is empty (named "Table 1", "Table 2", …).</summary>
    public int TableCount { get; set; } = 10;

    /// <summary>Named tables or rooms, one per line; overrides <see cref="TableCount"/>.</summary>
    public string TableNames { get; set; } = "";

    public List<ProfileKind> AllowedKinds { get; set; } = [];

    public DateTime RegistrationOpensAt { get; set; }

    public DateTime RegistrationClosesAt { get; set; }

    public bool ApprovalRequired { get; set; } = true;

    public int MaxMeetingsPerParticipant { get; set; } = 8;

    public int BreakAfterConsecutive { get; set; } = 4;

    public int FairnessMinimum { get; set; } = 2;

    public bool IsPublic { get; set; } = true;

    public List<SessionInput> Sessions { get; set; } = [];

    public static EventInput From(MatchmakingEvent e, TimeZoneInfo zone) => new()
    {
        Title = e.Title,
        Description = e.Description,
        Venue = e.Venue,
        OnlineLinkTemplate = e.OnlineLinkTemplate,
        TimeZoneId = e.TimeZoneId,
        MeetingMinutes = e.MeetingMinutes,
        BreakMinutes = e.BreakMinutes,
        TableCount = e.Tables.Count,
        TableNames = e.TableNames,
        AllowedKinds = [.. e.AllowedKinds],
        RegistrationOpensAt = TimeZoneInfo.ConvertTimeFromUtc(e.RegistrationOpensAt, zone),
        RegistrationClosesAt = TimeZoneInfo.ConvertTimeFromUtc(e.RegistrationClosesAt, zone),
        ApprovalRequired = e.ApprovalRequired,
        MaxMeetingsPerParticipant = e.MaxMeetingsPerParticipant,
        BreakAfterConsecutive = e.BreakAfterConsecutive,
        FairnessMinimum = e.FairnessMinimum,
        IsPublic = e.IsPublic,
        Sessions = [.. e.Sessions.OrderBy(s => s.StartsAt).Select(s => new SessionInput
        {
            Name = s.Name,
            StartsAt = TimeZoneInfo.ConvertTimeFromUtc(s.StartsAt, zone),
            EndsAt = TimeZoneInfo.ConvertTimeFromUtc(s.EndsAt, zone),
        })],
    };
}
