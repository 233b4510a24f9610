using Hub.Core;
using Hub.Core.Data;
using Hub.Core.Events;
using Hub.Core.Introductions;
using Microsoft.EntityFrameworkCore;

namespace Hub.Matching.Events;

/// <summary>
/// Ranks a participant's fellow attendees inside an event: the reciprocal match score, lowered for people who let
/// requests expire unanswered, with readable reasons for the first ones.
/// </summary>
public sealed class EventRanking(HubDbContext db, EventReader reader, EventPairScorer scorer, ProfileBlocking blocking)
{
    /// <summary>Each request left to expire costs this share of the score (at most half), so responsive people come first.</summary>
    public const double UnansweredPenalty = 0.1;

    public async Task<Outcome<IReadOnlyList<RankedAttendee>>> RankAsync(string userId, int registrationId, int explain = 20, CancellationToken ct = default)
    {
        var attendees = await reader.AttendeesAsync(userId, registrationId, ct);
        if (!attendees.Succeeded)
        {
            return attendees.As<IReadOnlyList<RankedAttendee>>();
        }

        var me = await db.EventRegistrations.AsNoTracking().FirstAsync(r => r.Id == registrationId, ct);
        // Someone on either side of a block is not suggested at all.
        var blocked = await blocking.BlockedAroundAsync(me.ProfileId, ct);
        var others = attendees.Value!.Where(o => !blocked.Contains(o.ProfileId)).ToList();
        var ids = others.Select(o => o.RegistrationId).ToList();
        var unanswered = await db.MeetingRequests.Where(r => ids.Contains(r.ToRegistrationId) && r.Status == MeetingRequestStatus.Expired)
            .GroupBy(r => r.ToRegistrationId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var scores = await scorer.ScoreAsync([.. others.Select(o => (me.ProfileId, o.ProfileId))], ct);
        var ranked = others.Select(o => (Attendee: o, Score: scores.GetValueOrDefault((me.ProfileId, o.ProfileId)) * (1 - Math.Min(0.5, UnansweredPenalty * unanswered.GetValueOrDefault(o.RegistrationId)))))
            .OrderByDescending(x => x.Attendee.MyMark == MeetingPreference.NoThanks ? -1 : x.Score)
            .ThenBy(x => x.Attendee.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var result = new List<RankedAttendee>(ranked.Count);
        for (var i = 0; i < ranked.Count; i++)
        {
            var reasons = i < explain ? await scorer.ReasonsAsync(me.ProfileId, ranked[i].Attendee.ProfileId, ct) : [];
            result.Add(new RankedAttendee(ranked[i].Attendee, ranked[i].Score, reasons));
        }

        return Outcome.Done<IReadOnlyList<RankedAttendee>>(result);
    }
}
