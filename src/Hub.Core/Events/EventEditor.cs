using System.Security.Cryptography;
using Hub.Core.Data;
using Hub.Core.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Events;

/// <summary>Creates and edits events, regenerates their slots, and manages co-organisers and the big-screen link.</summary>
public sealed class EventEditor(HubDbContext db, EventAccess access, TimeProvider clock)
{
    public async Task<Outcome<int>> CreateAsync(string userId, EventInput input, CancellationToken ct = default)
    {
        if (!await access.CanCreateAsync(userId, ct))
        {
            return Outcome.Forbidden("Only organisers can create events. Ask an admin for the Organiser role.").As<int>();
        }

        var (zone, errors) = Validate(input);
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors).As<int>();
        }

        var e = new MatchmakingEvent { Title = "", CreatedAt = clock.GetUtcNow().UtcDateTime, ScreenToken = NewToken() };
        Apply(e, input, zone!);
        db.Events.Add(e);
        await db.SaveChangesAsync(ct);
        db.EventOrganisers.Add(new EventOrganiser { EventId = e.Id, UserId = userId });
        db.EventSlots.AddRange(SlotsOf(e));
        await db.SaveChangesAsync(ct);
        return Outcome.Done(e.Id);
    }

    public async Task<Outcome> UpdateAsync(string userId, int eventId, EventInput input, CancellationToken ct = default)
    {
        var e = await db.Events.Include(x => x.Sessions).FirstOrDefaultAsync(x => x.Id == eventId, ct);
        if (e is null)
        {
            return Outcome.NotFound("That event does not exist.");
        }

        if (!await access.IsOrganiserAsync(userId, eventId, ct))
        {
            return Outcome.Forbidden("Only the event's organisers can edit it.");
        }

        var (zone, errors) = Validate(input);
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var before = SlotsOf(e).Select(s => (s.StartsAt, s.EndsAt)).ToList();
        var tablesBefore = e.Tables.Count;
        Apply(e, input, zone!);
        var after = SlotsOf(e);
        var slotsChanged = !before.SequenceEqual(after.Select(s => (s.StartsAt, s.EndsAt)));
        var hasMeetings = await db.EventMeetings.AnyAsync(m => m.EventId == eventId && (m.SlotIndex != null || m.Status == MeetingStatus.Published), ct);
        if (hasMeetings && (slotsChanged || e.Tables.Count < tablesBefore))
        {
            return Outcome.Conflict("The meeting times or the number of tables cannot change once a schedule exists: clear the draft first.");
        }

        if (slotsChanged)
        {
            await db.EventSlots.Where(s => s.EventId == eventId).ExecuteDeleteAsync(ct);
            db.EventSlots.AddRange(after);
        }

        await db.SaveChangesAsync(ct);
        return Outcome.Done();
    }

    /// <summary>Adds a co-organiser by the e-mail of their account.</summary>
    public async Task<Outcome> AddOrganiserAsync(string userId, int eventId, string email, CancellationToken ct = default)
    {
        if (!await access.IsOrganiserAsync(userId, eventId, ct))
        {
            return Outcome.Forbidden("Only the event's organisers can add organisers.");
        }

        var normalised = (email ?? "").Trim().ToUpperInvariant();
        var user = await db.Users.Where(u => u.NormalizedEmail == normalised).Select(u => u.Id).FirstOrDefaultAsync(ct);
        if (user is null)
        {
            // Worded so that it does not confirm whether an address has an account (docs/security.md).
            return Outcome.Invalid("Email", "This address cannot be added. Check it, or ask them to register on Hub with it first.");
        }

        if (await access.IsOrganiserAsync(user, eventId, ct))
        {
            return Outcome.Conflict("They already organise this event.");
        }

        db.EventOrganisers.Add(new EventOrganiser { EventId = eventId, UserId = user });
        await db.SaveChangesAsync(ct);
        return Outcome.Done();
    }

    /// <summary>Replaces the big-screen token: the old link stops working at once.</summary>
    public async Task<Outcome<string>> RenewScreenTokenAsync(string userId, int eventId, CancellationToken ct = default)
    {
        var e = await db.Events.FirstOrDefaultAsync(x => x.Id == eventId, ct);
        if (e is null)
        {
            return Outcome.NotFound("That event does not exist.").As<string>();
        }

        if (!await access.IsOrganiserAsync(userId, eventId, ct))
        {
            return Outcome.Forbidden("Only the event's organisers can change the big-screen link.").As<string>();
        }

        e.ScreenToken = NewToken();
        await db.SaveChangesAsync(ct);
        return Outcome.Done(e.ScreenToken);
    }

    internal static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>The event's slot rows, cut from its sessions.</summary>
    internal static List<EventSlot> SlotsOf(MatchmakingEvent e) =>
        [.. EventPlanning.Slots(e.Sessions.Select(s => (s.StartsAt, s.EndsAt)), e.MeetingMinutes, e.BreakMinutes)
            .Select((s, i) => new EventSlot { EventId = e.Id, Index = i, Session = s.Session, StartsAt = s.StartsAt, EndsAt = s.EndsAt })];

    private static void Apply(MatchmakingEvent e, EventInput input, TimeZoneInfo zone)
    {
        DateTime Utc(DateTime local) => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
        e.Title = input.Title.Trim();
        e.Description = (input.Description ?? "").Trim();
        e.Venue = (input.Venue ?? "").Trim();
        e.OnlineLinkTemplate = (input.OnlineLinkTemplate ?? "").Trim();
        e.TimeZoneId = zone.Id;
        e.MeetingMinutes = input.MeetingMinutes;
        e.BreakMinutes = input.BreakMinutes;
        var names = Names(input);
        e.TableNames = string.Join('\n', names);
        e.AllowedKinds = [.. input.AllowedKinds.Distinct().Order()];
        e.RegistrationOpensAt = Utc(input.RegistrationOpensAt);
        e.RegistrationClosesAt = Utc(input.RegistrationClosesAt);
        e.ApprovalRequired = input.ApprovalRequired;
        e.MaxMeetingsPerParticipant = input.MaxMeetingsPerParticipant;
        e.BreakAfterConsecutive = input.BreakAfterConsecutive;
        e.FairnessMinimum = input.FairnessMinimum;
        e.IsPublic = input.IsPublic;
        var sessions = input.Sessions.OrderBy(s => s.StartsAt).ToList();
        while (e.Sessions.Count > sessions.Count)
        {
            e.Sessions.RemoveAt(e.Sessions.Count - 1);
        }

        for (var i = 0; i < sessions.Count; i++)
        {
            if (i == e.Sessions.Count)
            {
                e.Sessions.Add(new EventSession());
            }

            var name = (sessions[i].Name ?? "").Trim();
            e.Sessions[i].Name = name.Length > 0 ? name : $"Session {i + 1}";
            e.Sessions[i].StartsAt = Utc(sessions[i].StartsAt);
            e.Sessions[i].EndsAt = Utc(sessions[i].EndsAt);
        }
    }

    private static List<string> Names(EventInput input)
    {
        var named = (input.TableNames ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return named.Length > 0
            ? [.. named.Distinct(StringComparer.OrdinalIgnoreCase)]
            : [.. EventPlanning.NumberedTables(input.TableCount)];
    }

    /// <summary>Every rule with a message per field; the zone when it is known.</summary>
    public static (TimeZoneInfo? Zone, Dictionary<string, string[]> Errors) Validate(EventInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field, []), message];

        var title = (input.Title ?? "").Trim();
        if (title.Length is < 3 or > EventRules.MaxTitle)
        {
            Add(nameof(EventInput.Title), $"Give the event a title of 3 to {EventRules.MaxTitle} characters.");
        }
        else if (!SafeText.IsSafeLine(title))
        {
            Add(nameof(EventInput.Title), SafeText.Refusal("The title"));
        }

        if ((input.Description ?? "").Length > EventRules.MaxDescription)
        {
            Add(nameof(EventInput.Description), $"Keep the description under {EventRules.MaxDescription} characters.");
        }
        else if (!SafeText.IsSafeText(input.Description))
        {
            Add(nameof(EventInput.Description), SafeText.Refusal("The description"));
        }

        if (!SafeText.IsSafeLine(input.Venue))
        {
            Add(nameof(EventInput.Venue), SafeText.Refusal("The venue"));
        }

        var link = (input.OnlineLinkTemplate ?? "").Trim();
        if (link.Length > 0 && (!Uri.TryCreate(link.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal), UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps))
        {
            Add(nameof(EventInput.OnlineLinkTemplate), "The online link must be an https:// address (placeholders {event}, {table} and {slot} are allowed).");
        }

        if (string.IsNullOrWhiteSpace(input.Venue) && link.Length == 0)
        {
            Add(nameof(EventInput.Venue), "Say where people meet: a venue, an online link template, or both.");
        }

        TimeZoneInfo? zone = null;
        if (string.IsNullOrWhiteSpace(input.TimeZoneId) || !TimeZoneInfo.TryFindSystemTimeZoneById(input.TimeZoneId.Trim(), out zone))
        {
            Add(nameof(EventInput.TimeZoneId), "Choose a time zone such as Europe/Luxembourg.");
        }

        if (input.MeetingMinutes is < 5 or > 120)
        {
            Add(nameof(EventInput.MeetingMinutes), "Meetings last 5 to 120 minutes.");
        }

        if (input.BreakMinutes is < 0 or > 60)
        {
            Add(nameof(EventInput.BreakMinutes), "Breaks between meetings last 0 to 60 minutes.");
        }

        var tables = Names(input).Count;
        if (tables is < 1 or > EventRules.MaxTables)
        {
            Add(nameof(EventInput.TableCount), $"An event needs 1 to {EventRules.MaxTables} tables or rooms.");
        }

        if (input.Sessions.Count == 0)
        {
            Add(nameof(EventInput.Sessions), "Add at least one session with a start and an end.");
        }

        var ordered = input.Sessions.OrderBy(s => s.StartsAt).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].EndsAt <= ordered[i].StartsAt)
            {
                Add(nameof(EventInput.Sessions), $"Session {i + 1} must end after it starts.");
            }
            else if (i > 0 && ordered[i].StartsAt < ordered[i - 1].EndsAt)
            {
                Add(nameof(EventInput.Sessions), $"Sessions {i} and {i + 1} overlap.");
            }
        }

        if (!errors.ContainsKey(nameof(EventInput.Sessions)) && input.MeetingMinutes is >= 5 and <= 120 && input.BreakMinutes is >= 0 and <= 60)
        {
            var slots = EventPlanning.Slots(ordered.Select(s => (s.StartsAt, s.EndsAt)), input.MeetingMinutes, input.BreakMinutes).Count;
            if (slots == 0)
            {
                Add(nameof(EventInput.Sessions), "No meeting fits in the sessions: make them longer or the meetings shorter.");
            }
            else if (slots > EventRules.MaxSlots)
            {
                Add(nameof(EventInput.Sessions), $"The sessions hold more than {EventRules.MaxSlots} meeting slots: shorten them or lengthen the meetings.");
            }
        }

        if (input.RegistrationClosesAt <= input.RegistrationOpensAt)
        {
            Add(nameof(EventInput.RegistrationClosesAt), "Registration must close after it opens.");
        }
        else if (ordered.Count > 0 && input.RegistrationClosesAt > ordered[0].StartsAt)
        {
            Add(nameof(EventInput.RegistrationClosesAt), "Registration must close before the first session starts.");
        }

        if (input.MaxMeetingsPerParticipant is < 1 or > EventRules.MaxSlots)
        {
            Add(nameof(EventInput.MaxMeetingsPerParticipant), $"Allow 1 to {EventRules.MaxSlots} meetings per participant.");
        }

        if (input.BreakAfterConsecutive is < 0 or > 20)
        {
            Add(nameof(EventInput.BreakAfterConsecutive), "A forced break comes after 1 to 20 meetings in a row (0 for none).");
        }

        if (input.FairnessMinimum < 0 || input.FairnessMinimum > input.MaxMeetingsPerParticipant)
        {
            Add(nameof(EventInput.FairnessMinimum), "The minimum of meetings per participant must be between 0 and the maximum.");
        }

        if (input.AllowedKinds.Any(k => !Enum.IsDefined(k)))
        {
            Add(nameof(EventInput.AllowedKinds), "Choose profile kinds from the list.");
        }

        return (errors.Count == 0 ? zone : null, errors);
    }
}
