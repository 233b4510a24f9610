using Hub.Core.Data;
using Hub.Core.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Events;

/// <summary>Reads events for pages: lists, the public page, a participant's agenda and fellow attendees, the organisers' registration list.</summary>
public sealed class EventReader(HubDbContext db, EventAccess access, ProfileAccess profiles, TimeProvider clock)
{
    /// <summary>Events the user may see (public ones, ones they organise or take part in), upcoming first.</summary>
    public async Task<IReadOnlyList<EventSummary>> ListAsync(string? userId, CancellationToken ct = default)
    {
        var mine = userId is null ? [] : await profiles.ProfilesOfAsync(userId, ct);
        var organising = userId is null ? [] : await db.EventOrganisers.Where(o => o.UserId == userId).Select(o => o.EventId).ToListAsync(ct);
        var registered = await db.EventRegistrations.Where(r => mine.Contains(r.ProfileId) && r.Status != RegistrationStatus.Withdrawn).Select(r => r.EventId).ToListAsync(ct);
        var events = await db.Events.Include(e => e.Sessions)
            .Where(e => e.IsPublic || organising.Contains(e.Id) || registered.Contains(e.Id)).ToListAsync(ct);
        var counts = await db.EventRegistrations.Where(r => r.Status == RegistrationStatus.Approved).GroupBy(r => r.EventId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return [.. events.Select(e => new EventSummary(e.Id, e.Title, e.Venue, e.Sessions.Min(s => (DateTime?)s.StartsAt), e.Sessions.Max(s => (DateTime?)s.EndsAt),
                e.TimeZoneId, counts.GetValueOrDefault(e.Id), now >= e.RegistrationOpensAt && now < e.RegistrationClosesAt, organising.Contains(e.Id), registered.Contains(e.Id)))
            .OrderBy(e => e.EndsAt < now).ThenBy(e => e.EndsAt < now ? -(e.StartsAt ?? now).Ticks : (e.StartsAt ?? now).Ticks)];
    }

    /// <summary>The event when the user may see it (public, organiser or participant); null otherwise.</summary>
    public async Task<MatchmakingEvent?> EventAsync(string? userId, int eventId, CancellationToken ct = default)
    {
        var e = await db.Events.Include(x => x.Sessions).AsNoTracking().FirstOrDefaultAsync(x => x.Id == eventId, ct);
        if (e is null)
        {
            return null;
        }

        return e.IsPublic || await access.IsOrganiserAsync(userId, eventId, ct) || (await access.RegistrationsOfAsync(userId, eventId, ct)).Count > 0 ? e : null;
    }

    public Task<List<EventSlot>> SlotsAsync(int eventId, CancellationToken ct = default) =>
        db.EventSlots.Where(s => s.EventId == eventId).OrderBy(s => s.Index).AsNoTracking().ToListAsync(ct);

    public Task<int> ParticipantCountAsync(int eventId, CancellationToken ct = default) =>
        db.EventRegistrations.CountAsync(r => r.EventId == eventId && r.Status == RegistrationStatus.Approved, ct);

    /// <summary>The user's profiles with whether each may register (kind allowed, not yet registered).</summary>
    public async Task<IReadOnlyList<(int ProfileId, string Name, ProfileKind Kind, EventRegistration? Registration)>> MyProfilesAsync(string userId, int eventId, CancellationToken ct = default)
    {
        var mine = await profiles.ProfilesOfAsync(userId, ct);
        var list = await db.Profiles.Where(p => mine.Contains(p.Id)).OrderBy(p => p.Name).Select(p => new { p.Id, p.Name, p.Kind }).ToListAsync(ct);
        var registrations = await db.EventRegistrations.Where(r => r.EventId == eventId && mine.Contains(r.ProfileId)).ToDictionaryAsync(r => r.ProfileId, ct);
        return [.. list.Select(p => (p.Id, p.Name, p.Kind, registrations.GetValueOrDefault(p.Id)))];
    }

    /// <summary>The published agenda of each of the user's approved registrations in the event.</summary>
    public async Task<IReadOnlyList<Agenda>> AgendasAsync(string userId, int eventId, CancellationToken ct = default)
    {
        var registrations = (await access.RegistrationsOfAsync(userId, eventId, ct)).Where(r => r.Status == RegistrationStatus.Approved).ToList();
        var result = new List<Agenda>();
        foreach (var r in registrations)
        {
            result.Add(await AgendaOfAsync(r, ct));
        }

        return result;
    }

    /// <summary>An agenda for a calendar feed token (no sign-in: the token is the secret).</summary>
    public async Task<(MatchmakingEvent Event, Agenda Agenda)?> AgendaByCalendarTokenAsync(string token, CancellationToken ct = default)
    {
        var r = await db.EventRegistrations.FirstOrDefaultAsync(x => x.CalendarToken == token && x.Status == RegistrationStatus.Approved, ct);
        if (r is null || string.IsNullOrEmpty(token))
        {
            return null;
        }

        var e = await db.Events.Include(x => x.Sessions).AsNoTracking().FirstAsync(x => x.Id == r.EventId, ct);
        return (e, await AgendaOfAsync(r, ct));
    }

    internal async Task<Agenda> AgendaOfAsync(EventRegistration r, CancellationToken ct)
    {
        var e = await db.Events.AsNoTracking().FirstAsync(x => x.Id == r.EventId, ct);
        var slots = await SlotsAsync(r.EventId, ct);
        var meetings = await db.EventMeetings.Where(m => m.EventId == r.EventId && m.Status != MeetingStatus.Draft && m.PublishedSlotIndex != null
            && (m.ARegistrationId == r.Id || m.BRegistrationId == r.Id)).AsNoTracking().ToListAsync(ct);
        var others = meetings.Select(m => m.Other(r.Id)).ToList();
        var people = await (from x in db.EventRegistrations
                            join p in db.Profiles on x.ProfileId equals p.Id
                            where others.Contains(x.Id)
                            select new { x.Id, x.ProfileId, p.Name, p.Kind }).ToDictionaryAsync(x => x.Id, ct);
        var ids = meetings.Select(m => m.Id).ToList();
        var feedback = await db.MeetingFeedback.Where(f => ids.Contains(f.MeetingId) && f.RegistrationId == r.Id).ToDictionaryAsync(f => f.MeetingId, ct);
        var name = await db.Profiles.Where(p => p.Id == r.ProfileId).Select(p => p.Name).FirstAsync(ct);
        var list = meetings.Where(m => m.PublishedSlotIndex < slots.Count).OrderBy(m => m.PublishedSlotIndex).Select(m =>
        {
            var slot = slots[m.PublishedSlotIndex!.Value];
            var other = people[m.Other(r.Id)];
            var table = e.TableName(m.PublishedTable);
            var f = feedback.GetValueOrDefault(m.Id);
            return new AgendaMeeting(m.Id, slot.Index, slot.StartsAt, slot.EndsAt, table, EventPlanning.OnlineLink(e.OnlineLinkTemplate, e.Id, table, slot.Index),
                other.Id, other.ProfileId, other.Name, other.Kind, m.Status == MeetingStatus.Cancelled, m.NoShowRegistrationId == other.Id, f?.Rating, f?.Outcome);
        }).ToList();
        return new Agenda(r, name, list);
    }

    /// <summary>The calendar sequence of each meeting: raised whenever a published meeting moves or is cancelled.</summary>
    public async Task<IReadOnlyDictionary<long, int>> SequencesAsync(IReadOnlyCollection<long> meetingIds, CancellationToken ct = default) =>
        await db.EventMeetings.Where(m => meetingIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Sequence, ct);

    /// <summary>The other approved participants as one of the user's registrations sees them.</summary>
    public async Task<Outcome<IReadOnlyList<EventAttendee>>> AttendeesAsync(string userId, int registrationId, CancellationToken ct = default)
    {
        var me = await access.OwnRegistrationAsync(userId, registrationId, ct);
        if (me is null)
        {
            return Outcome.NotFound("That registration does not exist.").As<IReadOnlyList<EventAttendee>>();
        }

        if (me.Status != RegistrationStatus.Approved)
        {
            return Outcome.Conflict("Once the organisers approve your registration, you see who else takes part.").As<IReadOnlyList<EventAttendee>>();
        }

        var others = await (from r in db.EventRegistrations
                            join p in db.Profiles on r.ProfileId equals p.Id
                            where r.EventId == me.EventId && r.Status == RegistrationStatus.Approved && r.Id != me.Id
                            select new { r.Id, r.ProfileId, p.Name, p.Kind, r.Goal }).ToListAsync(ct);
        var marks = await db.EventPreferences.Where(p => p.FromRegistrationId == me.Id).ToDictionaryAsync(p => p.ToRegistrationId, p => p.Preference, ct);
        var requests = await db.MeetingRequests.Where(q => q.EventId == me.EventId && (q.FromRegistrationId == me.Id || q.ToRegistrationId == me.Id))
            .OrderBy(q => q.Id).ToListAsync(ct);
        var fromMe = requests.Where(q => q.FromRegistrationId == me.Id).GroupBy(q => q.ToRegistrationId).ToDictionary(g => g.Key, g => g.Last());
        var toMe = requests.Where(q => q.ToRegistrationId == me.Id).GroupBy(q => q.FromRegistrationId).ToDictionary(g => g.Key, g => g.Last());
        var otherProfiles = others.Select(o => o.ProfileId).ToList();
        var met = await (from m in db.EventMeetings
                         join a in db.EventRegistrations on m.ARegistrationId equals a.Id
                         join b in db.EventRegistrations on m.BRegistrationId equals b.Id
                         where m.EventId != me.EventId && m.Status == MeetingStatus.Published && m.NoShowRegistrationId == null
                               && (a.ProfileId == me.ProfileId || b.ProfileId == me.ProfileId)
                         select a.ProfileId == me.ProfileId ? b.ProfileId : a.ProfileId).ToListAsync(ct);
        return Outcome.Done<IReadOnlyList<EventAttendee>>([.. others.Select(o =>
        {
            var mine = fromMe.GetValueOrDefault(o.Id);
            var theirs = toMe.GetValueOrDefault(o.Id);
            return new EventAttendee(o.Id, o.ProfileId, o.Name, o.Kind, o.Goal, marks.TryGetValue(o.Id, out var mark) ? mark : null,
                mine?.Status, mine?.Id, theirs?.Status, theirs?.Id, theirs?.Note, met.Contains(o.ProfileId));
        })]);
    }

    /// <summary>Registrations for the organisers to review, pending first.</summary>
    public async Task<Outcome<IReadOnlyList<RegistrationRow>>> RegistrationsAsync(string userId, int eventId, CancellationToken ct = default)
    {
        if (!await db.Events.AnyAsync(e => e.Id == eventId, ct))
        {
            return Outcome.NotFound("That event does not exist.").As<IReadOnlyList<RegistrationRow>>();
        }

        if (!await access.IsOrganiserAsync(userId, eventId, ct))
        {
            return Outcome.Forbidden("Only the event's organisers see its registrations.").As<IReadOnlyList<RegistrationRow>>();
        }

        var rows = await (from r in db.EventRegistrations
                          join p in db.Profiles on r.ProfileId equals p.Id
                          where r.EventId == eventId
                          select new RegistrationRow(r.Id, r.ProfileId, p.Name, p.Kind, r.Status, r.Goal, r.CreatedAt, r.CheckedInAt)).ToListAsync(ct);
        return Outcome.Done<IReadOnlyList<RegistrationRow>>([.. rows.OrderBy(r => r.Status).ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase)]);
    }
}
