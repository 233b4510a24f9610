using Hub.Core.Audit;
using Hub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Profiles;

/// <summary>Stores, replaces, removes and reads the logos Hub serves at /profiles/{id}/logo.</summary>
public sealed class ProfileLogos(HubDbContext db, ProfileAccess access, AuditLog audit, TimeProvider clock)
{
    /// <summary>The address a profile's logo is served at, versioned by its hash so a new logo is fetched at once.</summary>
    public static string Address(int profileId, string hash) => $"/profiles/{profileId}/logo?v={hash[..12]}";

    /// <summary>Checks and re-encodes the upload, then stores it; a refused file changes nothing.</summary>
    public async Task<Outcome> SetAsync(string userId, int profileId, byte[]? upload, CancellationToken ct = default)
    {
        var refused = await RefuseAsync(userId, profileId, ct);
        if (refused is not null)
        {
            return refused;
        }

        var normalised = LogoImage.Normalise(upload);
        if (!normalised.Succeeded)
        {
            return new Outcome { Status = normalised.Status, Message = normalised.Message, Errors = normalised.Errors };
        }

        var bytes = normalised.Value!;
        var logo = await db.ProfileLogos.FirstOrDefaultAsync(l => l.ProfileId == profileId, ct);
        if (logo is null)
        {
            logo = new ProfileLogo { ProfileId = profileId, ContentType = LogoImage.ContentType, Bytes = bytes, Hash = "" };
            db.ProfileLogos.Add(logo);
        }

        logo.Bytes = bytes;
        logo.ContentType = LogoImage.ContentType;
        logo.Hash = LogoImage.Hash(bytes);
        logo.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await AuditAdminAsync(userId, profileId, "Replaced the logo", ct);
        await db.SaveChangesAsync(ct);
        return Outcome.Done();
    }

    public async Task<Outcome> RemoveAsync(string userId, int profileId, CancellationToken ct = default)
    {
        var refused = await RefuseAsync(userId, profileId, ct);
        if (refused is not null)
        {
            return refused;
        }

        var logo = await db.ProfileLogos.FirstOrDefaultAsync(l => l.ProfileId == profileId, ct);
        if (logo is not null)
        {
            db.ProfileLogos.Remove(logo);
            await AuditAdminAsync(userId, profileId, "Removed the logo", ct);
            await db.SaveChangesAsync(ct);
        }

        return Outcome.Done();
    }

    /// <summary>The stored logo, for the endpoint; logos are public like a profile's name.</summary>
    public Task<ProfileLogo?> GetAsync(int profileId, CancellationToken ct = default) =>
        db.ProfileLogos.AsNoTracking().FirstOrDefaultAsync(l => l.ProfileId == profileId, ct);

    /// <summary>The logo addresses of those of the profiles that have one.</summary>
    public async Task<IReadOnlyDictionary<int, string>> AddressesAsync(IReadOnlyCollection<int> profileIds, CancellationToken ct = default) =>
        (await db.ProfileLogos.AsNoTracking().Where(l => profileIds.Contains(l.ProfileId)).Select(l => new { l.ProfileId, l.Hash }).ToListAsync(ct))
            .ToDictionary(l => l.ProfileId, l => Address(l.ProfileId, l.Hash));

    private async Task<Outcome?> RefuseAsync(string userId, int profileId, CancellationToken ct)
    {
        if (!await db.Profiles.AnyAsync(p => p.Id == profileId, ct))
        {
            return Outcome.NotFound("That profile does not exist.");
        }

        return (await access.RightsAsync(userId, profileId, ct)).CanEdit
            ? null
            : Outcome.Forbidden("Only the people who manage this profile can change its logo.");
    }

    private async Task AuditAdminAsync(string userId, int profileId, string what, CancellationToken ct)
    {
        var rights = await access.RightsAsync(userId, profileId, ct);
        if (!rights.IsMember)
        {
            await audit.RecordByAsync(AuditAction.ProfileEditedByAdmin, userId, $"profile:{profileId}", $"{what} of a profile they do not manage.", ct);
        }
    }
}
