using Hub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Profiles;

/// <summary>
/// Reads profiles whole, for those who manage them (editing, their own lists). Pages that show a profile to any reader
/// use <see cref="ProfileViewer"/>, which hides what the reader may not see.
/// </summary>
public sealed class ProfileReader(HubDbContext db)
{
    public Task<Profile?> GetAsync(int id, CancellationToken ct = default) =>
        db.Profiles.AsNoTracking().AsSplitQuery().Include(p => p.Tags).Include(p => p.Members).Include(p => p.FieldVisibilities)
            .FirstOrDefaultAsync(p => p.Id == id, ct);

    /// <summary>The profiles the user manages, each with <see cref="Profile.LogoUrl"/> set to the logo Hub serves, if any.</summary>
    public async Task<IReadOnlyList<Profile>> ManagedByAsync(string userId, CancellationToken ct = default)
    {
        var profiles = await db.Profiles.AsNoTracking().Include(p => p.Tags)
            .Where(p => p.Members.Any(m => m.UserId == userId))
            .OrderBy(p => p.Name)
            .ToListAsync(ct);
        var ids = profiles.Select(p => p.Id).ToList();
        var logos = await db.ProfileLogos.AsNoTracking().Where(l => ids.Contains(l.ProfileId)).ToDictionaryAsync(l => l.ProfileId, l => l.Hash, ct);
        foreach (var profile in profiles)
        {
            profile.LogoUrl = logos.TryGetValue(profile.Id, out var hash) ? ProfileLogos.Address(profile.Id, hash) : null;
        }

        return profiles;
    }

    public async Task<IReadOnlyDictionary<ProfileKind, int>> CountsByKindAsync(CancellationToken ct = default) =>
        await db.Profiles.AsNoTracking().GroupBy(p => p.Kind).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
}
