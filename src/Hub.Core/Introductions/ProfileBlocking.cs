using Hub.Core.Data;
using Hub.Core.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Introductions;

/// <summary>
/// A profile blocks another, and with it the people behind it: the block covers every profile that any member of the
/// blocked profile manages, now or later, so a second profile cannot reach the blocker. Blocked pairs exchange no
/// introductions, messages or meeting requests and are never recommended to each other.
/// </summary>
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

    /// <summary>Lifts the blocks the profile placed on the other and on the other's people.</summary>
    public async Task<Outcome> UnblockAsync(string userId, int blockerProfileId, int otherProfileId, CancellationToken ct = default)
    {
        if (!await access.CanActForAsync(userId, blockerProfileId, ct))
        {
            return Outcome.Forbidden("You can only unblock from a profile you manage.");
        }

        var family = Family(otherProfileId);
        await db.ProfileBlocks.Where(b => b.BlockerProfileId == blockerProfileId && (b.BlockedProfileId == otherProfileId || family.Contains(b.BlockedProfileId)))
            .ExecuteDeleteAsync(ct);
        return Outcome.Done();
    }

    /// <summary>True when either profile blocked the other or another profile of the other's people.</summary>
    public async Task<bool> EitherBlockedAsync(int a, int b, CancellationToken ct = default) =>
        await StateAsync(a, b, ct) != BlockState.None;

    /// <summary>Whether a block stands between the two, seen from <paramref name="mine"/>.</summary>
    public async Task<BlockState> StateAsync(int mine, int other, CancellationToken ct = default)
    {
        var mineFamily = Family(mine);
        var otherFamily = Family(other);
        var blocks = await db.ProfileBlocks.AsNoTracking()
            .Where(x => (x.BlockerProfileId == mine && (x.BlockedProfileId == other || otherFamily.Contains(x.BlockedProfileId))) ||
                        (x.BlockerProfileId == other && (x.BlockedProfileId == mine || mineFamily.Contains(x.BlockedProfileId))))
            .Select(x => x.BlockerProfileId).Distinct().ToListAsync(ct);
        return blocks.Contains(mine) ? BlockState.BlockedByMe : blocks.Count > 0 ? BlockState.BlockedByThem : BlockState.None;
    }

    /// <summary>
    /// Every profile that must never be shown to or reach the given one: those it blocked with their people's other
    /// profiles, and those that blocked it or another profile of its people.
    /// </summary>
    public async Task<HashSet<int>> BlockedAroundAsync(int profileId, CancellationToken ct = default)
    {
        var blockedByIt = db.ProfileBlocks.Where(b => b.BlockerProfileId == profileId).Select(b => b.BlockedProfileId);
        var blockedPeople = db.ProfileMembers.Where(m => blockedByIt.Contains(m.ProfileId)).Select(m => m.UserId);
        var around = await blockedByIt
            .Concat(db.ProfileMembers.Where(m => blockedPeople.Contains(m.UserId)).Select(m => m.ProfileId))
            .ToListAsync(ct);
        var family = Family(profileId);
        around.AddRange(await db.ProfileBlocks.Where(b => b.BlockedProfileId == profileId || family.Contains(b.BlockedProfileId))
            .Select(b => b.BlockerProfileId).ToListAsync(ct));
        var result = around.ToHashSet();
        result.Remove(profileId);
        return result;
    }

    /// <summary>The profiles managed by anyone who manages the given one (itself included when it has members).</summary>
    private IQueryable<int> Family(int profileId)
    {
        var people = db.ProfileMembers.Where(m => m.ProfileId == profileId).Select(m => m.UserId);
        return db.ProfileMembers.Where(m => people.Contains(m.UserId)).Select(m => m.ProfileId);
    }
}
