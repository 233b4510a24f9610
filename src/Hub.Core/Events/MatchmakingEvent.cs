using Hub.Core.Profiles;

namespace Hub.Core.Events;

/// <summary>A matchmaking day run by its organisers: sessions cut into meeting slots, tables, who may join and how.</summary>
public class MatchmakingEvent
{
    public int Id { get; set; }

    public required string Title { get; set; }

    public string Description { get; set; } = "";

    /// <summary>Where people meet in person; empty for an online-only event.</summary>
    public string Venue { get; set; } = "";

    /// <summary>Online meeting link with placeholders {event}, {table} and {slot}; empty when nobody meets online.</summary>
    public string OnlineLinkTemplate { get; set; } = "";

    /// <summary>IANA time zone the event runs in (e.g. Europe/Luxembourg); times are stored in UTC.</summary>
    public string TimeZoneId { get; set; } = "Europe/Luxembourg";

    public int MeetingMinutes { get; set; } = 20;

    public int BreakMinutes { get; set; } = 5;

    /// <summary>Tables or rooms, one name per line; their count is the number of meetings a slot can hold.</summary>
    public string TableNames { get; set; } = "";

    /// <summary>Profile kinds that may register; empty = all.</summary>
    public List<ProfileKind> AllowedKinds { get; set; } = [];

    public DateTime RegistrationOpensAt { get; set; }

    public DateTime RegistrationClosesAt { get; set; }

    public bool ApprovalRequired { get; set; } = true;

    public int MaxMeetingsPerParticipant { get; set; } = 8;

    /// <summary>After this many meetings in a row a participant gets a free slot; 0 = no forced break.</summary>
    public int BreakAfterConsecutive { get; set; } = 4;

    /// <summary>Everyone gets at least this many meetings where possible.</summary>
    public int FairnessMinimum { get; set; } = 2;

    public bool IsPublic { get; set; } = true;

    public DateTime CreatedAt { get; set; }

    public DateTime? SchedulePublishedAt { get; set; }

    /// <summary>
    /// Raised by every change to the draft or its publication. Organisers act on the version they looked at, so a
    /// change made from an older board is refused instead of undoing another organiser's (<see cref="EventSchedule"/>).
    /// </summary>
    public int ScheduleVersion { get; set; }

    /// <summary>The last generated draft: its value, proven bound and accepted requests it could not place (JSON).</summary>
    public double? DraftObjective { get; set; }

    public double? DraftUpperBound { get; set; }

    public string DraftUnplacedJson { get; set; } = "[]";

    public DateTime? DraftGeneratedAt { get; set; }

    /// <summary>Opens the read-only big-screen page; organisers can replace it, which revokes the old link.</summary>
    public string ScreenToken { get; set; } = "";

    public List<EventSession> Sessions { get; set; } = [];

    /// <summary>The tables, one per line of <see cref="TableNames"/> (parsed once per value, since agendas and exports read it per meeting).</summary>
    public IReadOnlyList<string> Tables
    {
        get
        {
            if (!ReferenceEquals(_tablesParsedFrom, TableNames))
            {
                _tables = TableNames.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                _tablesParsedFrom = TableNames;
            }

            return _tables;
        }
    }

    /// <summary>A table's name by its 0-based index.</summary>
    public string TableName(int index) => EventPlanning.TableName(Tables, index);

    private string? _tablesParsedFrom;
    private string[] _tables = [];
}
