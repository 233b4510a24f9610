using Hub.Core.Data;
using Hub.Core.Introductions;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Profiles;

/// <summary>
/// Reads profiles and cards as one reader may see them (docs/security.md, "Membership and visibility"). A reader's level
/// for a profile: <see cref="FieldVisibility.Public"/> when signed out, <see cref="FieldVisibility.Members"/> when signed
/// in, <see cref="FieldVisibility.Introduced"/> when one of their profiles has an accepted introduction with it or they
/// manage it. Admins read as signed-in members: moderation does not need a startup's figures.
/// </summary>
public sealed class ProfileViewer(HubDbContext db)
{
    public async Task<ProfileView?> ViewAsync(string? viewerUserId, int profileId, CancellationToken ct = default)
    {
        var profile = await db.Profiles.AsNoTracking().AsSplitQuery().Include(p => p.Tags).Include(p => p.FieldVisibilities)
            .FirstOrDefaultAsync(p => p.Id == profileId, ct);
        if (profile is null)
        {
            return null;
        }

        var level = (await LevelsAsync(viewerUserId, [profileId], ct))[profileId];
        var hidden = FieldVisibilityRules.Hidden(profile.Kind, FieldVisibilityRules.Resolve(profile.FieldVisibilities), level);
        FieldVisibilityRules.Blank(profile, hidden.Keys.ToList());
        profile.LogoUrl = await LogoAddressAsync(profileId, ct);
        return new ProfileView(profile, level, hidden);
    }

    private async Task<string?> LogoAddressAsync(int profileId, CancellationToken ct)
    {
        var hash = await db.ProfileLogos.Where(l => l.ProfileId == profileId).Select(l => l.Hash).FirstOrDefaultAsync(ct);
        return hash is null ? null : ProfileLogos.Address(profileId, hash);
    }

    /// <summary>The cards with what the reader may not see emptied and named.</summary>
    public async Task<IReadOnlyList<ProfileCard>> CardsForAsync(string? viewerUserId, IReadOnlyList<ProfileCard> cards, CancellationToken ct = default)
    {
        if (cards.Count == 0)
        {
            return cards;
        }

        var ids = cards.Select(c => c.Id).Distinct().ToList();
        var levels = await LevelsAsync(viewerUserId, ids, ct);
        var chosen = (await db.ProfileFieldVisibilities.AsNoTracking().Where(v => ids.Contains(v.ProfileId)).ToListAsync(ct)).ToLookup(v => v.ProfileId);
        return cards.Select(c => FieldVisibilityRules.Blank(c,
            FieldVisibilityRules.Hidden(c.Kind, FieldVisibilityRules.Resolve(chosen[c.Id]), levels[c.Id]))).ToList();
    }

    /// <summary>The reader's level for each of the profiles.</summary>
    public async Task<IReadOnlyDictionary<int, FieldVisibility>> LevelsAsync(string? viewerUserId, IReadOnlyCollection<int> profileIds, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(viewerUserId))
        {
            return profileIds.Distinct().ToDictionary(id => id, _ => FieldVisibility.Public);
        }

        var mine = await db.ProfileMembers.Where(m => m.UserId == viewerUserId).Select(m => m.ProfileId).ToListAsync(ct);
        var introduced = mine.Count == 0
            ? []
            : await db.Introductions.Where(i => i.Status == IntroductionStatus.Accepted
                    && ((mine.Contains(i.FromProfileId) && profileIds.Contains(i.ToProfileId)) || (mine.Contains(i.ToProfileId) && profileIds.Contains(i.FromProfileId))))
                .Select(i => mine.Contains(i.FromProfileId) ? i.ToProfileId : i.FromProfileId).Distinct().ToListAsync(ct);
        var close = mine.Concat(introduced).ToHashSet();
        return profileIds.Distinct().ToDictionary(id => id, id => close.Contains(id) ? FieldVisibility.Introduced : FieldVisibility.Members);
    }
}
