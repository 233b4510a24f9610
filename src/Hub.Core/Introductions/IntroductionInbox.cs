using System.Text.Json;
using Hub.Core.Data;
using Hub.Core.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Introductions;

/// <summary>The introductions a user's profiles sent and received, newest first.</summary>
public sealed class IntroductionInbox(HubDbContext db, ProfileAccess access)
{
    public async Task<IReadOnlyList<IntroductionView>> ForUserAsync(string userId, CancellationToken ct = default)
    {
        var mine = await access.ProfilesOfAsync(userId, ct);
        var rows = await db.Introductions.AsNoTracking()
            .Where(i => mine.Contains(i.FromProfileId) || mine.Contains(i.ToProfileId))
            .OrderByDescending(i => i.Id).Take(200)
            .Join(db.Profiles, i => i.FromProfileId, p => p.Id, (i, from) => new { i, FromName = from.Name })
            .Join(db.Profiles, x => x.i.ToProfileId, p => p.Id, (x, to) => new { x.i, x.FromName, ToName = to.Name })
            .ToListAsync(ct);
        return rows.Select(r =>
        {
            var incoming = mine.Contains(r.i.ToProfileId);
            var reasons = IntroductionReasons.FromJson(r.i.ExplanationJson);
            return new IntroductionView(r.i.Id, r.i.FromProfileId, r.FromName, r.i.ToProfileId, r.ToName, r.i.Note,
                incoming ? reasons.ForRecipient : reasons.ForSender, r.i.Status, r.i.DeclineReason, r.i.CreatedAt, r.i.ExpiresAt,
                r.i.ConversationId, incoming);
        }).ToList();
    }
}
