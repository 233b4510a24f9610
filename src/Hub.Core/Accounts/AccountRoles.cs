using Hub.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Accounts;

/// <summary>Creates the platform roles that are missing, on every start (an empty production hub needs them for its first admin).</summary>
public static class AccountRoles
{
    public static async Task EnsureAsync(HubDbContext db, CancellationToken ct = default)
    {
        var existing = await db.Roles.Select(r => r.Name).ToListAsync(ct);
        var missing = HubRoles.All.Where(r => !existing.Contains(r)).ToList();
        foreach (var role in missing)
        {
            db.Roles.Add(new IdentityRole(role) { NormalizedName = role.ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString() });
        }

        if (missing.Count > 0)
        {
            await db.SaveChangesAsync(ct);
        }
    }
}
