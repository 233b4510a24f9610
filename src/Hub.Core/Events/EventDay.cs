using Hub.Core.Data;
using Hub.Core.Live;
using Hub.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Events;

/// <summary>
/// The event day: check-in (by QR code or by ticking the list), no-shows re-paired with the best checked-in
/// participant free in that slot, the organisers' dashboard and the big screen.
/// </summary>
public sealed class EventDay(HubDbContext db, EventAccess access, NotificationService notifications, LivePublisher live,
    TimeProvider clock, IEventPairScorer scorer)
{
    /// <summary>Checks a participant in by the code in their QR; the value is their profile's name.</summary>
    public async Task<Outcome<string>> CheckInByCodeAsync(string userId, int eventId, string code, CancellationToken ct = default)
    {
        if (!await access.IsOrganiserAsync(userId, eventId, ct))
        {
            return Outcome.Forbidden("Only the event's organisers check people in.").As<string>();
        }

        code = (code ?? "").Trim();
        var registration = code.Length == 0 ? null : await db.EventRegistrations.FirstOrDefaultAsync(r => r.EventId == eventId && r.CheckInCode == code, ct);
        if (registration is null)
        {
            return Outcome.NotFound("This code is not a ticket for this event.").As<string>();
        }

        return await CheckInAsync(registration, true, ct);
    }

    /// <summary>Ticks (or unticks) a participant on the list.</summary>
    public async Task<Outcome<string>> SetCheckedInAsync(string userId, int registrationId, bool checkedIn, CancellationToken ct = default)
    {
        var registration = await db.EventRegistrations.FirstOrDefaultAsync(r => r.Id == registrationId, ct);
        if (registration is null)
        {
            return Outcome.NotFound("That registration does not exist.").As<string>();
        }

        if (!await access.IsOrganiserAsync(userId, registration.EventId, ct))
        {
            return Outcome.Forbidden("Only the event's organisers check people in.").As<string>();
        }

        return await CheckInAsync(registration, checkedIn, ct);
    }

    private async Task<Outcome<string>> CheckInAsync(EventRegistration registration, bool checkedIn, CancellationToken ct)
    {
        var name = await db.Profiles.Where(p => p.Id == registration.ProfileId).Select(p => p.Name).FirstAsync(ct);
        if (registration.Status != RegistrationStatus.Approved)
        {
            return Outcome.Conflict($"{name} is not an approved participant.").As<string>();
        }

        registration.CheckedInAt = checkedIn ? registration.CheckedInAt ?? clock.GetUtcNow().UtcDateTime : null;
        await db.SaveChangesAsync(ct);
        await live.PublishAsync(LiveAudience.ForUsers(await access.OrganisersAsync(registration.EventId, ct)), new EventDayChanged(registration.EventId), ct);
        return Outcome.Done(name);
    }

    /// <summary>
    /// One side reports that the other did not come. The reporter is stranded: paired with another stranded participant
    /// of the same slot, or else with the best checked-in participant free then; the value is the new partner's name, or
    /// null when nobody is free.
    /// </summary>
    public async Task<Outcome<string?>> ReportNoShowAsync(string userId, long meetingId, CancellationToken ct = default)
    {
        var meeting = await db.EventMeetings.FirstOrDefaultAsync(m => m.Id == meetingId && m.Status == MeetingStatus.Published, ct);
        var mine = meeting is null ? [] : await access.RegistrationsOfAsync(userId, meeting.EventId, ct);
        var reporter = meeting is null ? null : mine.FirstOrDefault(r => meeting.Involves(r.Id));
        if (meeting is null || reporter is null)
        {
            return Outcome.NotFound("That meeting is not on your agenda.").As<string?>();
        }

        var slots = await db.EventSlots.Where(s => s.EventId == meeting.EventId).OrderBy(s => s.Index).ToListAsync(ct);
        var slot = slots[meeting.PublishedSlotIndex!.Value];
        var now = clock.GetUtcNow().UtcDateTime;
        if (now < slot.StartsAt || now >= slot.EndsAt)
        {
            return Outcome.Conflict("A no-show can be reported while the meeting's slot is running.").As<string?>();
        }

        if (meeting.NoShowRegistrationId is not null)
        {
            return Outcome.Conflict("A no-show is already reported for this meeting.").As<string?>();
        }

        var absent = meeting.Other(reporter.Id);
        meeting.NoShowRegistrationId = absent;
        meeting.UpdatedAt = now;
        await db.SaveChangesAsync(ct);

        var partner = await BestPartnerAsync(meeting.EventId, reporter, absent, slot.Index, ct);
        var people = await access.PeopleAsync([reporter.Id], ct);
        if (partner is null)
        {
            await live.PublishAsync(LiveAudience.ForUsers(await access.OrganisersAsync(meeting.EventId, ct)), new EventDayChanged(meeting.EventId), ct);
            return Outcome.Done<string?>(null);
        }

        var (a, b) = EventSchedule.Ordered(reporter.Id, partner.Id);
        var repaired = await db.EventMeetings.FirstOrDefaultAsync(m => m.EventId == meeting.EventId && m.ARegistrationId == a && m.BRegistrationId == b, ct);
        if (repaired is null)
        {
            repaired = new EventMeeting { EventId = meeting.EventId, ARegistrationId = a, BRegistrationId = b, Uid = $"hub-event-{meeting.EventId}-{a}-{b}@hub" };
            db.EventMeetings.Add(repaired);
        }
        else
        {
            repaired.Sequence++;
        }

        // The reporter keeps their table; a stranded partner leaves theirs free.
        repaired.SlotIndex = slot.Index;
        repaired.PublishedSlotIndex = slot.Index;
        repaired.Table = meeting.PublishedTable;
        repaired.PublishedTable = meeting.PublishedTable;
        repaired.Status = MeetingStatus.Published;
        repaired.Source = MeetingSource.Repaired;
        repaired.Locked = true;
        repaired.UpdatedAt = now;
        repaired.RemindedAt = now;
        var e = await db.Events.FirstAsync(x => x.Id == meeting.EventId, ct);
        var table = e.TableName(meeting.PublishedTable);
        var names = await db.Profiles.Where(p => p.Id == reporter.ProfileId || p.Id == partner.ProfileId).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var staged = await notifications.StageAsync(people, NotificationType.MeetingChanged, $"New meeting now at {table} with {names[partner.ProfileId]}",
            "Your partner did not come, so Hub found you someone free in this slot.", NotificationTarget.Event(e.Id), new { eventId = e.Id }, ct);
        var partnerPeople = await access.PeopleAsync([partner.Id], ct);
        staged = await notifications.StageAsync(partnerPeople, NotificationType.MeetingChanged, $"New meeting now at {table} with {names[reporter.ProfileId]}",
            "Their partner did not come and you are free in this slot: please go to the table now.", NotificationTarget.Event(e.Id), new { eventId = e.Id }, staged, ct);
        await db.SaveChangesAsync(ct);
        await notifications.PushAsync(staged, ct);
        await live.PublishAsync(LiveAudience.ForUsers(people.Concat(partnerPeople)), new AgendaChanged(e.Id, "re-paired"), ct);
        await live.PublishAsync(LiveAudience.ForUsers(await access.OrganisersAsync(e.Id, ct)), new EventDayChanged(e.Id), ct);
        return Outcome.Done<string?>(names[partner.ProfileId]);
    }

    private async Task<EventRegistration?> BestPartnerAsync(int eventId, EventRegistration reporter, int absent, int slot, CancellationToken ct)
    {
        var inSlot = await db.EventMeetings.Where(m => m.EventId == eventId && m.Status == MeetingStatus.Published && m.PublishedSlotIndex == slot).ToListAsync(ct);
        var busy = inSlot.Where(m => m.NoShowRegistrationId is null).SelectMany(m => new[] { m.ARegistrationId, m.BRegistrationId }).ToHashSet();
        // Someone else stranded in this slot (their partner did not come either) and not yet re-paired.
        var stranded = inSlot.Where(m => m.NoShowRegistrationId is { } gone && m.Other(gone) != reporter.Id).Select(m => m.Other(m.NoShowRegistrationId!.Value)).ToHashSet();
        var vetoes = await db.EventPreferences.Where(p => p.EventId == eventId && p.Preference == MeetingPreference.NoThanks
            && (p.FromRegistrationId == reporter.Id || p.ToRegistrationId == reporter.Id)).Select(p => p.FromRegistrationId == reporter.Id ? p.ToRegistrationId : p.FromRegistrationId).ToListAsync(ct);
        var alreadyMeeting = await db.EventMeetings.Where(m => m.EventId == eventId && m.Status == MeetingStatus.Published && (m.ARegistrationId == reporter.Id || m.BRegistrationId == reporter.Id))
            .Select(m => m.ARegistrationId == reporter.Id ? m.BRegistrationId : m.ARegistrationId).ToListAsync(ct);
        var candidates = (await db.EventRegistrations.Where(r => r.EventId == eventId && r.Status == RegistrationStatus.Approved && r.CheckedInAt != null
                && r.Id != reporter.Id && r.Id != absent).ToListAsync(ct))
            .Where(r => !busy.Contains(r.Id) && !r.UnavailableSlots.Contains(slot) && !vetoes.Contains(r.Id) && !alreadyMeeting.Contains(r.Id)).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var scores = await scorer.ScoreAsync([.. candidates.Select(c => (reporter.ProfileId, c.ProfileId))], ct);
        return candidates.OrderByDescending(c => stranded.Contains(c.Id))
            .ThenByDescending(c => scores.GetValueOrDefault((reporter.ProfileId, c.ProfileId)))
            .ThenBy(c => c.Id).First();
    }

    public async Task<Outcome<EventDashboard>> DashboardAsync(string userId, int eventId, CancellationToken ct = default)
    {
        var e = await db.Events.FirstOrDefaultAsync(x => x.Id == eventId, ct);
        if (e is null)
        {
            return Outcome.NotFound("That event does not exist.").As<EventDashboard>();
        }

        if (!await access.IsOrganiserAsync(userId, eventId, ct))
        {
            return Outcome.Forbidden("Only the event's organisers see the dashboard.").As<EventDashboard>();
        }

        var (current, next) = await RoundAsync(eventId, ct);
        var registrations = await (from r in db.EventRegistrations
                                   join p in db.Profiles on r.ProfileId equals p.Id
                                   where r.EventId == eventId && r.Status == RegistrationStatus.Approved
                                   select new RegistrationRow(r.Id, r.ProfileId, p.Name, p.Kind, r.Status, r.Goal, r.CreatedAt, r.CheckedInAt)).ToListAsync(ct);
        var published = await db.EventMeetings.Where(m => m.EventId == eventId && m.Status == MeetingStatus.Published).ToListAsync(ct);
        var running = current is null ? 0 : published.Count(m => m.PublishedSlotIndex == current.Index && m.NoShowRegistrationId is null);
        return Outcome.Done(new EventDashboard(registrations.Count, registrations.Count(r => r.CheckedInAt != null), current, next, running,
            current is null ? e.Tables.Count : Math.Max(0, e.Tables.Count - running), published.Count(m => m.NoShowRegistrationId is not null),
            [.. registrations.Where(r => r.CheckedInAt is null).OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase)]));
    }

    /// <summary>The big screen for a screen token; null when the token is unknown or was renewed.</summary>
    public async Task<BigScreen?> ScreenAsync(string token, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        var e = await db.Events.AsNoTracking().FirstOrDefaultAsync(x => x.ScreenToken == token, ct);
        if (e is null)
        {
            return null;
        }

        var (current, next) = await RoundAsync(e.Id, ct);
        var round = current ?? next;
        var rounds = await db.EventSlots.CountAsync(s => s.EventId == e.Id, ct);
        if (round is null)
        {
            return new BigScreen(e.Title, e.TimeZoneId, null, false, null, rounds, []);
        }

        var meetings = await (from m in db.EventMeetings
                              join a in db.EventRegistrations on m.ARegistrationId equals a.Id
                              join pa in db.Profiles on a.ProfileId equals pa.Id
                              join b in db.EventRegistrations on m.BRegistrationId equals b.Id
                              join pb in db.Profiles on b.ProfileId equals pb.Id
                              where m.EventId == e.Id && m.Status == MeetingStatus.Published && m.PublishedSlotIndex == round.Index
                              select new { m.PublishedTable, A = pa.Name, B = pb.Name }).ToListAsync(ct);
        return new BigScreen(e.Title, e.TimeZoneId, round, current is not null, current?.EndsAt ?? round.StartsAt, rounds,
            [.. meetings.OrderBy(m => m.PublishedTable).Select(m => new ScreenTable(e.TableName(m.PublishedTable), m.A, m.B))]);
    }

    /// <summary>The slot running now and the next one to start.</summary>
    internal async Task<(EventSlot? Current, EventSlot? Next)> RoundAsync(int eventId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var slots = await db.EventSlots.Where(s => s.EventId == eventId).OrderBy(s => s.Index).AsNoTracking().ToListAsync(ct);
        return (slots.FirstOrDefault(s => s.StartsAt <= now && now < s.EndsAt), slots.FirstOrDefault(s => s.StartsAt > now));
    }
}
