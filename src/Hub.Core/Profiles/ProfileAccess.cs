using Hub.Core.Accounts;
using Hub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Profiles;

/// <summary>
/// Answers "who may act for this profile" and "who is told about it" from one definition: the profile's members,
/// with their role, and the platform's admins. Every feature asks here instead of querying memberships itself.
/// </summary>
public sealed class ProfileAccess(HubDbContext db)
{
    public async Task<ProfileRights> RightsAsync(string? userId, int profileId, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(userId))
        {
            return ProfileRights.None;
        }

        var role = await db.ProfileMembers.Where(m => m.UserId == userId && m.ProfileId == profileId)
            .Select(m => (ProfileRole?)m.Role).FirstOrDefaultAsync(ct);
        return new ProfileRights(role, await IsAdminAsync(userId, ct));
    }

    /// <summary>True when the user is a member (owner or editor) of the profile.</summary>
    public Task<bool> CanActForAsync(string? userId, int profileId, CancellationToken ct = default) =>
        string.IsNullOrEmpty(userId)
            ? Task.FromResult(false)
            : db.ProfileMembers.AnyAsync(m => m.UserId == userId && m.ProfileId == profileId, ct);

    /// <summary>Which of the given profiles the user acts for (e.g. which side of a conversation is theirs); first match wins.</summary>
    public Task<int?> ActingProfileAsync(string? userId, IReadOnlyCollection<int> profileIds, CancellationToken ct = default) =>
        string.IsNullOrEmpty(userId)
            ? Task.FromResult<int?>(null)
            : db.ProfileMembers.Where(m => m.UserId == userId && profileIds.Contains(m.ProfileId))
                .OrderBy(m => m.ProfileId).Select(m => (int?)m.ProfileId).FirstOrDefaultAsync(ct);

    /// <summary>Every profile the user acts for.</summary>
    public Task<List<int>> ProfilesOfAsync(string userId, CancellationToken ct = default) =>
        db.ProfileMembers.Where(m => m.UserId == userId).OrderBy(m => m.ProfileId).Select(m => m.ProfileId).ToListAsync(ct);

    /// <summary>The accounts that act for any of the profiles: who is told about what happens to them.</summary>
    public Task<List<string>> MembersAsync(IReadOnlyCollection<int> profileIds, CancellationToken ct = default) =>
        db.ProfileMembers.Where(m => profileIds.Contains(m.ProfileId)).Select(m => m.UserId).Distinct().ToListAsync(ct);

    public Task<List<string>> MembersAsync(int profileId, CancellationToken ct = default) => MembersAsync([profileId], ct);

    public Task<bool> IsAdminAsync(string? userId, CancellationToken ct = default) =>
        string.IsNullOrEmpty(userId)
            ? Task.FromResult(false)
            : db.UserRoles.Where(r => r.UserId == userId)
                .Join(db.Roles, r => r.RoleId, role => role.Id, (_, role) => role.NormalizedName)
                .AnyAsync(n => n == AdminRole, ct);

    private static readonly string AdminRole = HubRoles.Admin.ToUpperInvariant();
}
