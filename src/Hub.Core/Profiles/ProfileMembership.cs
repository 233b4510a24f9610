using Hub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Profiles;

/// <summary>Who manages which profile: the one definition every feature checks rights and addresses notifications with.</summary>
public static class ProfileMembership
{
    public static Task<bool> ManagesAsync(this HubDbContext db, string userId, int profileId, CancellationToken ct = default) =>
        db.ProfileMembers.AnyAsync(m => m.UserId == userId && m.ProfileId == profileId, ct);

    public static Task<List<string>> MemberIdsAsync(this HubDbContext db, int profileId, CancellationToken ct = default) =>
        db.ProfileMembers.Where(m => m.ProfileId == profileId).Select(m => m.UserId).ToListAsync(ct);
}
