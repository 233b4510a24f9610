using Hub.Core.Data;
using Hub.Core.Notifications;
using Hub.Core.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Events;

/// <summary>Registration in one click, the organisers' decisions (also in bulk), and each participant's goal, availability and marks.</summary>
public sealed class EventRegistrations(HubDbContext db, EventAccess access, ProfileAccess profiles, NotificationService notifications, TimeProvider clock)
{
    /// <summary>Registers one of the user's profiles; the value is the registration's id.</summary>
    public async Task<Outcome<int>> RegisterAsync(string userId, int eventId, int profileId, CancellationToken ct = default)
    {
        var e = await db.Events.FirstOrDefaultAsync(x => x.Id == eventId, ct);
        if (e is null)
        {
            return Outcome.NotFound("That event does not exist.").As<int>();
        }

        if (!await profiles.CanActForAsync(userId, profileId, ct))
        {
            return Outcome.Forbidden("You can only register a profile you manage.").As<int>();
        }

        var kind = await db.Profiles.Where(p => p.Id == profileId).Select(p => p.Kind).FirstAsync(ct);
        if (e.AllowedKinds.Count > 0 && !e.AllowedKinds.Contains(kind))
        {
            return Outcome.Invalid("ProfileId", $"This event is open to {string.Join(", ", e.AllowedKinds.Select(Labels.Of))} profiles only.").As<int>();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (now < e.RegistrationOpensAt || now >= e.RegistrationClosesAt)
        {
            return Outcome.Conflict(now < e.RegistrationOpensAt ? "Registration has not opened yet." : "Registration is closed.").As<int>();
        }

        var existing = await db.EventRegistrations.FirstOrDefaultAsync(r => r.EventId == eventId && r.ProfileId == profileId, ct);
        if (existing is { Status: not RegistrationStatus.Withdrawn })
        {
            return Outcome.Conflict("This profile is already registered.").As<int>();
        }

        var registration = existing ?? new EventRegistration
        {
            EventId = eventId, ProfileId = profileId, RegisteredByUserId = userId, CheckInCode = EventEditor.NewToken(), CalendarToken = EventEditor.NewToken(),
        };
        registration.RegisteredByUserId = userId;
        registration.Status = e.ApprovalRequired ? RegistrationStatus.Pending : RegistrationStatus.Approved;
        registration.CreatedAt = now;
        registration.DecidedAt = e.ApprovalRequired ? null : now;
        if (existing is null)
        {
            db.EventRegistrations.Add(registration);
        }

        await db.SaveChangesAsync(ct);
        return Outcome.Done(registration.Id);
    }

    /// <summary>Approves or rejects registrations of the event at once; the value is how many changed.</summary>
    public async Task<Outcome<int>> DecideAsync(string userId, int eventId, IReadOnlyCollection<int> registrationIds, bool approve, string? reason = null, CancellationToken ct = default)
    {
        if (!await db.Events.AnyAsync(x => x.Id == eventId, ct))
        {
            return Outcome.NotFound("That event does not exist.").As<int>();
        }

        if (!await access.IsOrganiserAsync(userId, eventId, ct))
        {
            return Outcome.Forbidden("Only the event's organisers decide on registrations.").As<int>();
        }

        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (reason is { Length: > 500 })
        {
            return Outcome.Invalid("Reason", "Keep the reason under 500 characters.").As<int>();
        }

        var title = await db.Events.Where(x => x.Id == eventId).Select(x => x.Title).FirstAsync(ct);
        var target = approve ? RegistrationStatus.Approved : RegistrationStatus.Rejected;
        var registrations = await db.EventRegistrations
            .Where(r => r.EventId == eventId && registrationIds.Contains(r.Id) && r.Status != RegistrationStatus.Withdrawn && r.Status != target)
            .ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var staged = new StagedNotifications();
        foreach (var r in registrations)
        {
            r.Status = target;
            r.DecidedAt = now;
            r.RejectionReason = approve ? null : reason;
            staged = await notifications.StageAsync(await profiles.MembersAsync(r.ProfileId, ct), NotificationType.EventRegistration,
                approve ? $"You are in: {title}" : $"Your registration for {title} was not accepted",
                approve ? "Set your availability and goal, then see who you could meet." : reason ?? "The organisers gave no reason.",
                NotificationTarget.Event(eventId), new { eventId, registrationId = r.Id, approved = approve }, staged, ct);
        }

        if (!approve)
        {
            // A rejected participant leaves the draft schedule; published meetings stay until the next publish cancels them.
            var ids = registrations.Select(r => r.Id).ToList();
            await db.EventMeetings.Where(m => m.EventId == eventId && m.Status == MeetingStatus.Draft && (ids.Contains(m.ARegistrationId) || ids.Contains(m.BRegistrationId)))
                .ExecuteDeleteAsync(ct);
            foreach (var m in await db.EventMeetings.Where(m => m.EventId == eventId && (ids.Contains(m.ARegistrationId) || ids.Contains(m.BRegistrationId))).ToListAsync(ct))
            {
                m.SlotIndex = null;
                m.Locked = false;
            }
        }

        await db.SaveChangesAsync(ct);
        await notifications.PushAsync(staged, ct);
        return Outcome.Done(registrations.Count);
    }

    public async Task<Outcome> WithdrawAsync(string userId, int registrationId, CancellationToken ct = default)
    {
        var registration = await access.OwnRegistrationAsync(userId, registrationId, ct);
        if (registration is null)
        {
            return Outcome.NotFound("That registration does not exist.");
        }

        registration.Status = RegistrationStatus.Withdrawn;
        foreach (var m in await db.EventMeetings.Where(m => m.ARegistrationId == registrationId || m.BRegistrationId == registrationId).ToListAsync(ct))
        {
            m.SlotIndex = null;
            m.Locked = false;
        }

        await db.SaveChangesAsync(ct);
        return Outcome.Done();
    }

    /// <summary>Sets the participant's event goal and the slots they cannot attend.</summary>
    public async Task<Outcome> UpdateParticipationAsync(string userId, int registrationId, string goal, IReadOnlyCollection<int> unavailableSlots, CancellationToken ct = default)
    {
        var registration = await access.OwnRegistrationAsync(userId, registrationId, ct);
        if (registration is null)
        {
            return Outcome.NotFound("That registration does not exist.");
        }

        goal = (goal ?? "").Trim();
        if (goal.Length > EventRules.MaxGoal)
        {
            return Outcome.Invalid(nameof(EventRegistration.Goal), $"Keep your goal under {EventRules.MaxGoal} characters.");
        }

        if (!SafeText.IsSafeText(goal))
        {
            return Outcome.Invalid(nameof(EventRegistration.Goal), SafeText.Refusal("Your goal"));
        }

        var slots = await db.EventSlots.CountAsync(s => s.EventId == registration.EventId, ct);
        if (unavailableSlots.Any(s => s < 0 || s >= slots))
        {
            return Outcome.Invalid(nameof(EventRegistration.UnavailableSlots), "Choose slots of this event.");
        }

        if (unavailableSlots.Distinct().Count() >= slots)
        {
            return Outcome.Invalid(nameof(EventRegistration.UnavailableSlots), "Keep at least one slot free, or withdraw from the event.");
        }

        registration.Goal = goal;
        registration.UnavailableSlots = [.. unavailableSlots.Distinct().Order()];
        await db.SaveChangesAsync(ct);
        return Outcome.Done();
    }

    /// <summary>Marks another participant as must meet, would like or no thanks; null clears the mark.</summary>
    public async Task<Outcome> MarkAsync(string userId, int fromRegistrationId, int toRegistrationId, MeetingPreference? preference, CancellationToken ct = default)
    {
        var from = await access.OwnRegistrationAsync(userId, fromRegistrationId, ct);
        if (from is null)
        {
            return Outcome.NotFound("That registration does not exist.");
        }

        var to = await db.EventRegistrations.FirstOrDefaultAsync(r => r.Id == toRegistrationId && r.EventId == from.EventId && r.Status == RegistrationStatus.Approved, ct);
        if (to is null || to.Id == from.Id)
        {
            return Outcome.NotFound("That participant is not at this event.");
        }

        if (from.Status != RegistrationStatus.Approved)
        {
            return Outcome.Conflict("Your registration must be approved before you choose whom to meet.");
        }

        var mark = await db.EventPreferences.FirstOrDefaultAsync(p => p.FromRegistrationId == from.Id && p.ToRegistrationId == to.Id, ct);
        if (preference is null)
        {
            if (mark is not null)
            {
                db.EventPreferences.Remove(mark);
            }
        }
        else
        {
            if (mark is null)
            {
                mark = new EventPreference { EventId = from.EventId, FromRegistrationId = from.Id, ToRegistrationId = to.Id };
                db.EventPreferences.Add(mark);
            }

            mark.Preference = preference.Value;
            mark.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        }

        await db.SaveChangesAsync(ct);
        return Outcome.Done();
    }
}
