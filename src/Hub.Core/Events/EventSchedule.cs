using System.Text.Json;
using Hub.Core.Data;
using Hub.Core.Live;
using Hub.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Events;

/// <summary>
/// The organisers' schedule: inputs for the scheduler, the draft it produced, locks and hand moves checked for
/// conflicts, and publishing to participants' agendas and calendars.
/// </summary>
public sealed class EventSchedule(HubDbContext db, EventAccess access, NotificationService notifications, LivePublisher live, TimeProvider clock)
{
    internal const string StaleSchedule = "Another organiser changed the schedule since you looked at it. The board now shows their change; look it over and try again.";

    public async Task<Outcome<ScheduleInputs>> InputsAsync(string userId, int eventId, CancellationToken ct = default)
    {
        var e = await db.Events.FirstOrDefaultAsync(x => x.Id == eventId, ct);
        if (e is null)
        {
            return Outcome.NotFound("That event does not exist.").As<ScheduleInputs>();
        }

        if (!await access.IsOrganiserAsync(userId, eventId, ct))
        {
            return Outcome.Forbidden("Only the event's organisers can schedule it.").As<ScheduleInputs>();
        }

        var registrations = await db.EventRegistrations.Where(r => r.EventId == eventId && r.Status == RegistrationStatus.Approved).OrderBy(r => r.Id).ToListAsync(ct);
        var ids = registrations.Select(r => r.Id).ToList();
        var unanswered = await db.MeetingRequests.Where(r => r.EventId == eventId && r.Status == MeetingRequestStatus.Expired)
            .GroupBy(r => r.ToRegistrationId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var participants = registrations.Select(r => new ScheduleParticipant(r.Id, r.ProfileId, r.UnavailableSlots, e.MaxMeetingsPerParticipant, unanswered.GetValueOrDefault(r.Id))).ToList();
        var slots = await db.EventSlots.Where(s => s.EventId == eventId).OrderBy(s => s.Index).ToListAsync(ct);
        var locked = await db.EventMeetings.Where(m => m.EventId == eventId && m.Locked && m.SlotIndex != null && ids.Contains(m.ARegistrationId) && ids.Contains(m.BRegistrationId)).ToListAsync(ct);
        var accepted = await db.MeetingRequests.Where(r => r.EventId == eventId && r.Status == MeetingRequestStatus.Accepted && ids.Contains(r.FromRegistrationId) && ids.Contains(r.ToRegistrationId))
            .Select(r => new { r.FromRegistrationId, r.ToRegistrationId }).ToListAsync(ct);
        var marks = await db.EventPreferences.Where(p => p.EventId == eventId).ToListAsync(ct);

        // Pairs of these profiles who met (a published meeting, not reported as a no-show) at an earlier event.
        var profileOf = registrations.ToDictionary(r => r.ProfileId, r => r.Id);
        var profileIds = profileOf.Keys.ToList();
        var earlier = await (from m in db.EventMeetings
                             join a in db.EventRegistrations on m.ARegistrationId equals a.Id
                             join b in db.EventRegistrations on m.BRegistrationId equals b.Id
                             where m.EventId != eventId && m.Status == MeetingStatus.Published && m.NoShowRegistrationId == null
                                   && profileIds.Contains(a.ProfileId) && profileIds.Contains(b.ProfileId)
                             select new { A = a.ProfileId, B = b.ProfileId }).ToListAsync(ct);
        var metBefore = earlier.Select(p => Ordered(profileOf[p.A], profileOf[p.B])).ToHashSet();

        return Outcome.Done(new ScheduleInputs(eventId, participants, slots, e.Tables.Count, e.BreakAfterConsecutive, e.FairnessMinimum, locked,
            [.. accepted.Select(r => Ordered(r.FromRegistrationId, r.ToRegistrationId))], marks, metBefore, e.ScheduleVersion));
    }

    /// <summary>Replaces every unlocked draft meeting with the generated ones; published meetings keep their published place until the next publish.</summary>
    public async Task<Outcome> SaveDraftAsync(string userId, int eventId, IReadOnlyList<DraftMeeting> meetings, DraftSummary summary, int? seenVersion = null, CancellationToken ct = default)
    {
        var e = await db.Events.FirstOrDefaultAsync(x => x.Id == eventId, ct);
        if (e is null)
        {
            return Outcome.NotFound("That event does not exist.");
        }

        if (!await access.IsOrganiserAsync(userId, eventId, ct))
        {
            return Outcome.Forbidden("Only the event's organisers can schedule it.");
        }

        if (seenVersion is { } seen && seen != e.ScheduleVersion)
        {
            return Outcome.Conflict(StaleSchedule);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await db.EventMeetings.Where(m => m.EventId == eventId).ToListAsync(ct);
        var byPair = existing.ToDictionary(m => (m.ARegistrationId, m.BRegistrationId));
        var kept = new HashSet<long>(existing.Where(m => m.Locked && m.SlotIndex != null).Select(m => m.Id));
        foreach (var d in meetings)
        {
            var (a, b) = Ordered(d.A, d.B);
            if (!byPair.TryGetValue((a, b), out var meeting))
            {
                meeting = new EventMeeting { EventId = eventId, ARegistrationId = a, BRegistrationId = b, Uid = $"hub-event-{eventId}-{a}-{b}@hub", Status = MeetingStatus.Draft };
                db.EventMeetings.Add(meeting);
                byPair[(a, b)] = meeting;
            }

            if (!meeting.Locked)
            {
                meeting.SlotIndex = d.Slot;
                meeting.Table = d.Table;
                meeting.Source = d.Source;
                meeting.Weight = d.Weight;
                meeting.UpdatedAt = now;
            }

            if (meeting.Id != 0)
            {
                kept.Add(meeting.Id);
            }
        }

        foreach (var m in existing.Where(m => !kept.Contains(m.Id)))
        {
            if (m.Status == MeetingStatus.Draft)
            {
                db.EventMeetings.Remove(m);
            }
            else
            {
                m.SlotIndex = null;
            }
        }

        e.DraftObjective = summary.Objective;
        e.DraftUpperBound = summary.UpperBound;
        e.DraftUnplacedJson = JsonSerializer.Serialize(summary.Unplaced, JsonSerializerOptions.Web);
        e.DraftGeneratedAt = now;
        return await SaveClaimedAsync(e, ct) ? Outcome.Done() : Outcome.Conflict(StaleSchedule);
    }

    public async Task<Outcome> LockAsync(string userId, long meetingId, bool locked, int? seenVersion = null, CancellationToken ct = default)
    {
        var (meeting, error) = await OrganisedMeetingAsync(userId, meetingId, ct);
        if (meeting is null)
        {
            return error!;
        }

        var e = await db.Events.FirstAsync(x => x.Id == meeting.EventId, ct);
        if (seenVersion is { } seen && seen != e.ScheduleVersion)
        {
            return Outcome.Conflict(StaleSchedule);
        }

        if (meeting.SlotIndex is null)
        {
            return Outcome.Conflict("That meeting is not on the draft.");
        }

        meeting.Locked = locked;
        return await SaveClaimedAsync(e, ct) ? Outcome.Done() : Outcome.Conflict(StaleSchedule);
    }

    /// <summary>Moves a draft meeting by hand to a slot and table, refusing any conflict; a moved meeting is locked.</summary>
    public async Task<Outcome> MoveAsync(string userId, long meetingId, int slot, int table, int? seenVersion = null, CancellationToken ct = default)
    {
        var (meeting, error) = await OrganisedMeetingAsync(userId, meetingId, ct);
        if (meeting is null)
        {
            return error!;
        }

        var e = await db.Events.FirstAsync(x => x.Id == meeting.EventId, ct);
        if (seenVersion is { } seen && seen != e.ScheduleVersion)
        {
            return Outcome.Conflict(StaleSchedule);
        }

        var conflict = await ConflictAsync(e, meeting.ARegistrationId, meeting.BRegistrationId, slot, table, meeting.Id, ct);
        if (conflict is not null)
        {
            return Outcome.Invalid("Slot", conflict);
        }

        meeting.SlotIndex = slot;
        meeting.Table = table;
        meeting.Locked = true;
        meeting.Source = meeting.Source == MeetingSource.Proposed ? MeetingSource.Manual : meeting.Source;
        meeting.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        return await SaveClaimedAsync(e, ct) ? Outcome.Done() : Outcome.Conflict(StaleSchedule);
    }

    /// <summary>Why the two cannot meet at that slot and table, or null when they can.</summary>
    internal async Task<string?> ConflictAsync(MatchmakingEvent e, int a, int b, int slot, int table, long ignoreMeetingId, CancellationToken ct, bool published = false)
    {
        var slots = await db.EventSlots.Where(s => s.EventId == e.Id).OrderBy(s => s.Index).ToListAsync(ct);
        if (slot < 0 || slot >= slots.Count)
        {
            return "That slot does not exist.";
        }

        if (table < 0 || table >= e.Tables.Count)
        {
            return "That table does not exist.";
        }

        var people = await db.EventRegistrations.Where(r => r.Id == a || r.Id == b).ToListAsync(ct);
        if (people.Any(p => p.UnavailableSlots.Contains(slot)))
        {
            return "One of them is unavailable in that slot.";
        }

        var others = published
            ? await db.EventMeetings.Where(m => m.EventId == e.Id && m.Id != ignoreMeetingId && m.Status == MeetingStatus.Published && m.PublishedSlotIndex != null).ToListAsync(ct)
            : await db.EventMeetings.Where(m => m.EventId == e.Id && m.Id != ignoreMeetingId && m.SlotIndex != null).ToListAsync(ct);
        int? SlotOf(EventMeeting m) => published ? m.PublishedSlotIndex : m.SlotIndex;
        int TableOf(EventMeeting m) => published ? m.PublishedTable : m.Table;
        if (others.Any(m => SlotOf(m) == slot && TableOf(m) == table))
        {
            return $"{e.Tables[table]} is taken in that slot.";
        }

        if (others.Any(m => SlotOf(m) == slot && (m.Involves(a) || m.Involves(b))))
        {
            return "One of them already has a meeting in that slot.";
        }

        if (e.BreakAfterConsecutive > 0)
        {
            foreach (var person in new[] { a, b })
            {
                var busy = others.Where(m => m.Involves(person)).Select(m => SlotOf(m)!.Value).Append(slot).ToHashSet();
                var run = 1;
                for (var s = slot - 1; s >= 0 && busy.Contains(s) && slots[s].Session == slots[slot].Session; s--)
                {
                    run++;
                }

                for (var s = slot + 1; s < slots.Count && busy.Contains(s) && slots[s].Session == slots[slot].Session; s++)
                {
                    run++;
                }

                if (run > e.BreakAfterConsecutive)
                {
                    return $"One of them would have more than {e.BreakAfterConsecutive} meetings in a row without their break.";
                }
            }
        }

        return null;
    }

    /// <summary>Drops every unlocked draft meeting.</summary>
    public async Task<Outcome> ClearDraftAsync(string userId, int eventId, int? seenVersion = null, CancellationToken ct = default) =>
        await SaveDraftAsync(userId, eventId, [], new DraftSummary(0, 0, []), seenVersion, ct);

    /// <summary>Publishes the draft: agendas and calendars follow it, moved meetings get a new sequence, dropped ones are cancelled.</summary>
    public async Task<Outcome<int>> PublishAsync(string userId, int eventId, int? seenVersion = null, CancellationToken ct = default)
    {
        var e = await db.Events.FirstOrDefaultAsync(x => x.Id == eventId, ct);
        if (e is null)
        {
            return Outcome.NotFound("That event does not exist.").As<int>();
        }

        if (!await access.IsOrganiserAsync(userId, eventId, ct))
        {
            return Outcome.Forbidden("Only the event's organisers can publish the schedule.").As<int>();
        }

        if (seenVersion is { } seen && seen != e.ScheduleVersion)
        {
            return Outcome.Conflict(StaleSchedule).As<int>();
        }

        var meetings = await db.EventMeetings.Where(m => m.EventId == eventId).ToListAsync(ct);
        if (!meetings.Any(m => m.SlotIndex != null))
        {
            return Outcome.Conflict("The draft is empty: generate a schedule first.").As<int>();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var touched = new HashSet<int>();
        foreach (var m in meetings)
        {
            if (m.SlotIndex is { } slot)
            {
                if (m.Status == MeetingStatus.Published && m.PublishedSlotIndex == slot && m.PublishedTable == m.Table)
                {
                    continue;
                }

                if (m.Status != MeetingStatus.Draft)
                {
                    m.Sequence++;
                }

                m.PublishedSlotIndex = slot;
                m.PublishedTable = m.Table;
                m.Status = MeetingStatus.Published;
            }
            else if (m.Status == MeetingStatus.Published)
            {
                m.Status = MeetingStatus.Cancelled;
                m.Sequence++;
            }
            else
            {
                continue;
            }

            m.UpdatedAt = now;
            touched.Add(m.ARegistrationId);
            touched.Add(m.BRegistrationId);
        }

        e.SchedulePublishedAt = now;
        var people = await access.PeopleAsync(touched, ct);
        var staged = await notifications.StageAsync(people, NotificationType.AgendaPublished, $"Your agenda for {e.Title} is ready",
            "See whom you meet, when and where, and add it to your calendar.", NotificationTarget.Event(eventId), new { eventId }, ct);
        if (!await SaveClaimedAsync(e, ct))
        {
            // Another organiser published or changed the draft first: nothing of this publication was saved or sent.
            return Outcome.Conflict(StaleSchedule).As<int>();
        }

        await notifications.PushAsync(staged, ct);
        await live.PublishAsync(LiveAudience.ForUsers(people), new AgendaChanged(eventId, "published"), ct);
        return Outcome.Done(touched.Count);
    }

    public async Task<Outcome<ScheduleBoard>> BoardAsync(string userId, int eventId, CancellationToken ct = default)
    {
        var e = await db.Events.Include(x => x.Sessions).FirstOrDefaultAsync(x => x.Id == eventId, ct);
        if (e is null)
        {
            return Outcome.NotFound("That event does not exist.").As<ScheduleBoard>();
        }

        if (!await access.IsOrganiserAsync(userId, eventId, ct))
        {
            return Outcome.Forbidden("Only the event's organisers see the schedule board.").As<ScheduleBoard>();
        }

        var slots = await db.EventSlots.Where(s => s.EventId == eventId).OrderBy(s => s.Index).ToListAsync(ct);
        var registrations = await (from r in db.EventRegistrations
                                   join p in db.Profiles on r.ProfileId equals p.Id
                                   where r.EventId == eventId
                                   select new { r.Id, r.ProfileId, p.Name, r.Status, r.CheckedInAt }).ToListAsync(ct);
        var names = registrations.ToDictionary(r => r.Id, r => r.Name);
        var meetings = await db.EventMeetings.Where(m => m.EventId == eventId).ToListAsync(ct);
        var draft = meetings.Where(m => m.SlotIndex != null).OrderBy(m => m.SlotIndex).ThenBy(m => m.Table)
            .Select(m => new BoardMeeting(m.Id, m.ARegistrationId, names[m.ARegistrationId], m.BRegistrationId, names[m.BRegistrationId], m.SlotIndex!.Value, m.Table,
                m.Locked, m.Source, m.Weight, m.Status == MeetingStatus.Published && m.PublishedSlotIndex == m.SlotIndex && m.PublishedTable == m.Table))
            .ToList();
        var counts = draft.SelectMany(m => new[] { m.A, m.B }).GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        var participants = registrations.Where(r => r.Status == RegistrationStatus.Approved)
            .Select(r => new BoardParticipant(r.Id, r.ProfileId, r.Name, counts.GetValueOrDefault(r.Id), r.CheckedInAt != null))
            .OrderBy(p => p.Meetings).ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var unplaced = JsonSerializer.Deserialize<List<UnplacedPair>>(e.DraftUnplacedJson, JsonSerializerOptions.Web) ?? [];
        var summary = e.DraftGeneratedAt is null ? null : new DraftSummary(e.DraftObjective ?? 0, e.DraftUpperBound ?? 0, unplaced);
        var changes = meetings.Any(m => (m.SlotIndex is not null && (m.Status != MeetingStatus.Published || m.PublishedSlotIndex != m.SlotIndex || m.PublishedTable != m.Table))
                                        || (m.SlotIndex is null && m.Status == MeetingStatus.Published));
        return Outcome.Done(new ScheduleBoard(e, slots, e.Tables, draft, participants,
            [.. unplaced.Select(u => (names.GetValueOrDefault(u.A, "?"), names.GetValueOrDefault(u.B, "?"), u.Reason))], summary, changes));
    }

    /// <summary>
    /// Saves the pending schedule change together with the next schedule version, in one transaction, only if the
    /// version is still the one this change was made from. The conditional UPDATE is the claim: of two organisers
    /// acting on the same board, the second finds no row to raise and saves nothing.
    /// </summary>
    private async Task<bool> SaveClaimedAsync(MatchmakingEvent e, CancellationToken ct)
    {
        var from = e.ScheduleVersion;
        var strategy = db.Database.CreateExecutionStrategy();
        var saved = await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var claimed = await db.Events.Where(x => x.Id == e.Id && x.ScheduleVersion == from)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.ScheduleVersion, x => x.ScheduleVersion + 1), ct);
            if (claimed == 0)
            {
                await tx.RollbackAsync(ct);
                return false;
            }

            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return true;
        });
        if (!saved)
        {
            db.ChangeTracker.Clear();
        }

        return saved;
    }

    private async Task<(EventMeeting?, Outcome?)> OrganisedMeetingAsync(string userId, long meetingId, CancellationToken ct)
    {
        var meeting = await db.EventMeetings.FirstOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null)
        {
            return (null, Outcome.NotFound("That meeting does not exist."));
        }

        return await access.IsOrganiserAsync(userId, meeting.EventId, ct)
            ? (meeting, null)
            : (null, Outcome.Forbidden("Only the event's organisers can change the schedule."));
    }

    internal static (int, int) Ordered(int a, int b) => a < b ? (a, b) : (b, a);
}
