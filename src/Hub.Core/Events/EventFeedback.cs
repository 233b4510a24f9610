using Hub.Core.Conversations;
using Hub.Core.Data;
using Hub.Core.Introductions;
using Hub.Core.Profiles;
using Hub.Core.Recommendations;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Events;

/// <summary>
/// Feedback after a meeting: a rating and what it led to. Each becomes a recommender label (an outcome is the best
/// label); a planned follow-up can open a conversation between the two profiles at once.
/// </summary>
public sealed class EventFeedback(HubDbContext db, EventAccess access, ProfileBlocking blocking, ConversationService conversations, TimeProvider clock,
    MatchingInputChanges? changes = null)
{
    public async Task<Outcome> SubmitAsync(string userId, long meetingId, int rating, MeetingOutcome outcome, CancellationToken ct = default)
    {
        var (meeting, me, error) = await MyPastMeetingAsync(userId, meetingId, ct);
        if (meeting is null || me is null)
        {
            return error!;
        }

        if (rating is < 1 or > 5)
        {
            return Outcome.Invalid(nameof(MeetingFeedback.Rating), "Rate the meeting from 1 to 5 stars.");
        }

        if (!Enum.IsDefined(outcome))
        {
            return Outcome.Invalid(nameof(MeetingFeedback.Outcome), "Choose what the meeting led to from the list.");
        }

        if (meeting.NoShowRegistrationId is not null)
        {
            return Outcome.Conflict("This meeting did not take place: a no-show was reported.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var feedback = await db.MeetingFeedback.FirstOrDefaultAsync(f => f.MeetingId == meetingId && f.RegistrationId == me.Id, ct);
        if (feedback is null)
        {
            feedback = new MeetingFeedback { MeetingId = meetingId, RegistrationId = me.Id };
            db.MeetingFeedback.Add(feedback);
        }

        feedback.Rating = rating;
        feedback.Outcome = outcome;
        feedback.CreatedAt = now;
        var other = await db.EventRegistrations.Where(r => r.Id == meeting.Other(me.Id)).Select(r => r.ProfileId).FirstAsync(ct);
        db.InteractionSignals.Add(new InteractionSignal
        {
            SeekerProfileId = me.ProfileId,
            CandidateProfileId = other,
            Kind = outcome != MeetingOutcome.None || rating >= 4 ? SignalKind.MeetingPositive : SignalKind.MeetingWithoutOutcome,
            UserId = userId,
            Source = $"event:{meeting.EventId}",
            CreatedAt = now,
        });
        await db.SaveChangesAsync(ct);
        await (changes?.RecordAsync(db, ct) ?? Task.CompletedTask);
        return Outcome.Done();
    }

    /// <summary>Opens (or finds) the conversation between the two profiles of a meeting; the value is its id.</summary>
    public async Task<Outcome<long>> FollowUpAsync(string userId, long meetingId, CancellationToken ct = default)
    {
        var (meeting, me, error) = await MyPastMeetingAsync(userId, meetingId, ct);
        if (meeting is null || me is null)
        {
            return error!.As<long>();
        }

        var other = await db.EventRegistrations.FirstAsync(r => r.Id == meeting.Other(me.Id), ct);
        var existing = await db.Conversations.Where(c => (c.ProfileAId == me.ProfileId && c.ProfileBId == other.ProfileId) || (c.ProfileAId == other.ProfileId && c.ProfileBId == me.ProfileId))
            .Select(c => (long?)c.Id).FirstOrDefaultAsync(ct);
        if (existing is { } id)
        {
            return Outcome.Done(id);
        }

        if (await blocking.EitherBlockedAsync(me.ProfileId, other.ProfileId, ct))
        {
            return Outcome.Conflict("Contact between these two profiles is blocked.").As<long>();
        }

        // Meeting in person is the introduction: record it as accepted so the conversation has its origin.
        var now = clock.GetUtcNow().UtcDateTime;
        var title = await db.Events.Where(e => e.Id == meeting.EventId).Select(e => e.Title).FirstAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var introduction = new Introduction
        {
            FromProfileId = me.ProfileId, ToProfileId = other.ProfileId, SenderUserId = userId, Note = $"We met at {title}.",
            Status = IntroductionStatus.Accepted, CreatedAt = now, ExpiresAt = now, AnsweredAt = now, AnsweredByUserId = userId,
        };
        db.Introductions.Add(introduction);
        await db.SaveChangesAsync(ct);
        var conversation = conversations.Open(me.ProfileId, null, other.ProfileId, null, introduction.Id, now);
        await db.SaveChangesAsync(ct);
        introduction.ConversationId = conversation.Id;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Outcome.Done(conversation.Id);
    }

    private async Task<(EventMeeting?, EventRegistration?, Outcome?)> MyPastMeetingAsync(string userId, long meetingId, CancellationToken ct)
    {
        var meeting = await db.EventMeetings.FirstOrDefaultAsync(m => m.Id == meetingId && m.Status == MeetingStatus.Published, ct);
        var me = meeting is null ? null : (await access.RegistrationsOfAsync(userId, meeting.EventId, ct)).FirstOrDefault(r => meeting.Involves(r.Id));
        if (meeting is null || me is null)
        {
            return (null, null, Outcome.NotFound("That meeting is not on your agenda."));
        }

        var starts = await db.EventSlots.Where(s => s.EventId == meeting.EventId && s.Index == meeting.PublishedSlotIndex).Select(s => s.StartsAt).FirstAsync(ct);
        return clock.GetUtcNow().UtcDateTime < starts
            ? (null, null, Outcome.Conflict("Feedback opens when the meeting has started."))
            : (meeting, me, null);
    }
}
