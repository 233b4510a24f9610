using Hub.Core.Data;
using Hub.Core.Introductions;
using Hub.Core.Notifications;
using Hub.Core.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Core.Events;

/// <summary>Meeting requests between approved participants: send, accept, decline, withdraw, expire; with caps as for introductions.</summary>
public sealed class MeetingRequests(HubDbContext db, EventAccess access, ProfileAccess profiles, ProfileBlocking blocking, NotificationService notifications, IOptions<EventRules> rules, TimeProvider clock)
{
    public async Task<Outcome<long>> SendAsync(string userId, int fromRegistrationId, int toRegistrationId, string? note, CancellationToken ct = default)
    {
        note = (note ?? "").Trim();
        if (note.Length > EventRules.MaxRequestNote)
        {
            return Outcome.Invalid(nameof(MeetingRequest.Note), $"Keep the note under {EventRules.MaxRequestNote} characters.").As<long>();
        }

        var from = await access.OwnRegistrationAsync(userId, fromRegistrationId, ct);
        if (from is null)
        {
            return Outcome.NotFound("That registration does not exist.").As<long>();
        }

        var to = await db.EventRegistrations.FirstOrDefaultAsync(r => r.Id == toRegistrationId && r.EventId == from.EventId && r.Status == RegistrationStatus.Approved, ct);
        if (to is null || to.Id == from.Id)
        {
            return Outcome.NotFound("That participant is not at this event.").As<long>();
        }

        if (from.Status != RegistrationStatus.Approved)
        {
            return Outcome.Conflict("Your registration must be approved before you ask for meetings.").As<long>();
        }

        var e = await db.Events.Include(x => x.Sessions).FirstAsync(x => x.Id == from.EventId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var start = e.Sessions.Count == 0 ? DateTime.MaxValue : e.Sessions.Min(s => s.StartsAt);
        if (now >= start)
        {
            return Outcome.Conflict("The event has started: requests are closed.").As<long>();
        }

        if (await blocking.EitherBlockedAsync(from.ProfileId, to.ProfileId, ct))
        {
            return Outcome.Conflict(Blocked).As<long>();
        }

        if (await db.EventPreferences.AnyAsync(p => p.FromRegistrationId == to.Id && p.ToRegistrationId == from.Id && p.Preference == MeetingPreference.NoThanks, ct))
        {
            return Outcome.Conflict("This participant is not taking meeting requests from you.").As<long>();
        }

        if (await db.MeetingRequests.AnyAsync(r => r.Status == MeetingRequestStatus.Pending &&
                ((r.FromRegistrationId == from.Id && r.ToRegistrationId == to.Id) || (r.FromRegistrationId == to.Id && r.ToRegistrationId == from.Id)), ct))
        {
            return Outcome.Conflict("A request between you two is already waiting for an answer.").As<long>();
        }

        if (await db.MeetingRequests.AnyAsync(r => r.Status == MeetingRequestStatus.Accepted &&
                ((r.FromRegistrationId == from.Id && r.ToRegistrationId == to.Id) || (r.FromRegistrationId == to.Id && r.ToRegistrationId == from.Id)), ct))
        {
            return Outcome.Conflict("You two already agreed to meet.").As<long>();
        }

        var limits = rules.Value;
        if (await db.MeetingRequests.CountAsync(r => r.FromRegistrationId == from.Id && r.Status == MeetingRequestStatus.Pending, ct) >= limits.MaxPendingRequests)
        {
            return Outcome.Conflict($"You have {limits.MaxPendingRequests} requests waiting for an answer. Withdraw one or wait for replies.").As<long>();
        }

        var dayAgo = now.AddDays(-1);
        if (await db.MeetingRequests.CountAsync(r => r.FromRegistrationId == from.Id && r.CreatedAt >= dayAgo, ct) >= limits.MaxRequestsPerDay)
        {
            return Outcome.Conflict($"You can send {limits.MaxRequestsPerDay} requests a day. Try again tomorrow.").As<long>();
        }

        // The same caps per account at this event, over every profile the sender registered here.
        var ownProfiles = await profiles.ProfilesOfAsync(userId, ct);
        var ownRegistrations = db.EventRegistrations.Where(r => r.EventId == from.EventId && ownProfiles.Contains(r.ProfileId)).Select(r => r.Id);
        var byAccount = db.MeetingRequests.Where(r => r.EventId == from.EventId && (r.SenderUserId == userId || ownRegistrations.Contains(r.FromRegistrationId)));
        if (await byAccount.CountAsync(r => r.Status == MeetingRequestStatus.Pending, ct) >= limits.MaxPendingRequestsPerAccount)
        {
            return Outcome.Conflict($"Your profiles at this event together have {limits.MaxPendingRequestsPerAccount} requests waiting for an answer, the most one person may have. Withdraw one or wait for replies.").As<long>();
        }

        if (await byAccount.CountAsync(r => r.CreatedAt >= dayAgo, ct) >= limits.MaxRequestsPerDayPerAccount)
        {
            return Outcome.Conflict($"You can send {limits.MaxRequestsPerDayPerAccount} requests a day at this event across all your profiles. Try again tomorrow.").As<long>();
        }

        var expires = now.AddDays(limits.RequestExpiryDays);
        var request = new MeetingRequest
        {
            EventId = from.EventId, FromRegistrationId = from.Id, ToRegistrationId = to.Id, SenderUserId = userId, Note = note,
            CreatedAt = now, ExpiresAt = expires < start ? expires : start,
        };
        db.MeetingRequests.Add(request);
        await db.SaveChangesAsync(ct);
        await notifications.NotifyAsync(await profiles.MembersAsync(to.ProfileId, ct), NotificationType.MeetingRequestReceived,
            $"{await NameAsync(from.ProfileId, ct)} asks to meet you at {e.Title}", note.Length > 0 ? note : "No note.",
            NotificationTarget.Event(e.Id), new { eventId = e.Id, requestId = request.Id }, ct);
        return Outcome.Done(request.Id);
    }

    private const string Blocked = "Meeting requests between your profile and this participant are blocked.";

    public Task<Outcome> AcceptAsync(string userId, long requestId, CancellationToken ct = default) => AnswerAsync(userId, requestId, true, ct);

    public Task<Outcome> DeclineAsync(string userId, long requestId, CancellationToken ct = default) => AnswerAsync(userId, requestId, false, ct);

    public async Task<Outcome> WithdrawAsync(string userId, long requestId, CancellationToken ct = default)
    {
        var request = await db.MeetingRequests.FirstOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null || await access.OwnRegistrationAsync(userId, request.FromRegistrationId, ct) is null)
        {
            return Outcome.NotFound("That request does not exist.");
        }

        if (request.Status != MeetingRequestStatus.Pending)
        {
            return Outcome.Conflict("That request has already been answered.");
        }

        request.Status = MeetingRequestStatus.Withdrawn;
        request.AnsweredAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return Outcome.Done();
    }

    /// <summary>Expires unanswered requests past their date; the value is how many.</summary>
    public async Task<int> ExpireDueAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.MeetingRequests.Where(r => r.Status == MeetingRequestStatus.Pending && r.ExpiresAt <= now)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, MeetingRequestStatus.Expired).SetProperty(r => r.AnsweredAt, now), ct);
    }

    private async Task<Outcome> AnswerAsync(string userId, long requestId, bool accept, CancellationToken ct)
    {
        var request = await db.MeetingRequests.FirstOrDefaultAsync(r => r.Id == requestId, ct);
        var to = request is null ? null : await access.OwnRegistrationAsync(userId, request.ToRegistrationId, ct);
        if (request is null || to is null)
        {
            return Outcome.NotFound("That request does not exist.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (request.Status != MeetingRequestStatus.Pending || request.ExpiresAt <= now)
        {
            return Outcome.Conflict(request.Status == MeetingRequestStatus.Pending ? "That request has expired." : "That request has already been answered.");
        }

        if (accept)
        {
            var senderProfile = await db.EventRegistrations.Where(r => r.Id == request.FromRegistrationId).Select(r => r.ProfileId).FirstAsync(ct);
            if (await blocking.EitherBlockedAsync(to.ProfileId, senderProfile, ct))
            {
                return Outcome.Conflict(Blocked);
            }
        }

        request.Status = accept ? MeetingRequestStatus.Accepted : MeetingRequestStatus.Declined;
        request.AnsweredAt = now;
        await db.SaveChangesAsync(ct);
        var from = await db.EventRegistrations.FirstAsync(r => r.Id == request.FromRegistrationId, ct);
        var name = await NameAsync(to.ProfileId, ct);
        await notifications.NotifyAsync(await profiles.MembersAsync(from.ProfileId, ct), NotificationType.MeetingRequestAnswered,
            accept ? $"{name} accepted your meeting request" : $"{name} declined your meeting request",
            accept ? "The organisers' schedule will place your meeting." : "You can ask someone else.",
            NotificationTarget.Event(request.EventId), new { eventId = request.EventId, requestId, accepted = accept }, ct);
        return Outcome.Done();
    }

    private Task<string> NameAsync(int profileId, CancellationToken ct) =>
        db.Profiles.Where(p => p.Id == profileId).Select(p => p.Name).FirstAsync(ct);
}
