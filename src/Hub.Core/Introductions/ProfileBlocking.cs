using Hub.Core.Data;
using Hub.Core.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Introductions;

/// <summary>A profile blocks another: the blocked one can no longer send it introductions (nor receive them from it).</summary>
public sealed class ProfileBlocking(HubDbContext db, ProfileAccess access, TimeProvider clock)
{
    public async Task<Outcome> BlockAsync(string userId, int blockerProfileId, int blockedProfileId, CancellationToken ct = default)
    {
        if (!await access.CanActForAsync(userId, blockerProfileId, ct))
        {
            return Outcome.Forbidden("You can only block from a profile you manage.");
        }

        if (blockerProfileId == blockedProfileId || !await db.Profiles.AnyAsync(p => p.Id == blockedProfileId, ct))
        {
            return Outcome.NotFound("That profile does not exist.");
        }

        if (!await db.ProfileBlocks.AnyAsync(b => b.BlockerProfileId == blockerProfileId && b.BlockedProfileId == blockedProfileId, ct))
        {
            db.ProfileBlocks.Add(new ProfileBlock { BlockerProfileId = blockerProfileId, BlockedProfileId = blockedProfileId, CreatedAt = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(ct);
        }

        return Outcome.Done();
    }

    /// <summary>True when either profile blocked the other.</summary>
    public Task<bool> EitherBlockedAsync(int a, int b, CancellationToken ct = default) =>
        db.ProfileBlocks.AnyAsync(x => (x.BlockerProfileId == a && x.BlockedProfileId == b) || (x.BlockerProfileId == b && x.BlockedProfileId == a), ct);
}
