using Hub.Core.Data;
using Hub.Core.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Compute;

/// <summary>
/// Who may do what in the compute marketplace, from the one profile rule: a provider's members manage its offers and
/// see and decide its applications; an applicant's members see and change their own; nobody else sees an application
/// (platform admins included: applications hold unpublished project plans).
/// </summary>
public sealed class ComputeAccess(HubDbContext db, ProfileAccess profiles)
{
    /// <summary>The compute-provider profiles the user acts for.</summary>
    public async Task<List<Profile>> ProvidersOfAsync(string? userId, CancellationToken ct = default) =>
        await ProfilesOfKindsAsync(userId, [ProfileKind.ComputeProvider], ct);

    /// <summary>The profiles the user acts for that can describe needs and apply (startups, researchers, companies).</summary>
    public async Task<List<Profile>> ApplicantsOfAsync(string? userId, CancellationToken ct = default) =>
        await ProfilesOfKindsAsync(userId, Applicant.Kinds, ct);

    public async Task<bool> ManagesOfferAsync(string? userId, int offerId, CancellationToken ct = default)
    {
        var provider = await db.ComputeOffers.Where(o => o.Id == offerId).Select(o => (int?)o.ProviderId).FirstOrDefaultAsync(ct);
        return provider is { } id && await profiles.CanActForAsync(userId, id, ct);
    }

    public Task<bool> ActsForAsync(string? userId, int profileId, CancellationToken ct = default) => profiles.CanActForAsync(userId, profileId, ct);

    /// <summary>How the user stands to an application: its applicant, its provider, or nobody (then they may not see it).</summary>
    public async Task<ApplicationSide> SideAsync(string? userId, ComputeApplication application, CancellationToken ct = default)
    {
        if (await profiles.CanActForAsync(userId, application.ProfileId, ct))
        {
            return ApplicationSide.Applicant;
        }

        var provider = application.Offer?.ProviderId
            ?? await db.ComputeOffers.Where(o => o.Id == application.OfferId).Select(o => o.ProviderId).FirstAsync(ct);
        return await profiles.CanActForAsync(userId, provider, ct) ? ApplicationSide.Provider : ApplicationSide.None;
    }

    public Task<List<string>> MembersAsync(int profileId, CancellationToken ct = default) => profiles.MembersAsync(profileId, ct);

    private async Task<List<Profile>> ProfilesOfKindsAsync(string? userId, IReadOnlyCollection<ProfileKind> kinds, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(userId))
        {
            return [];
        }

        var mine = await profiles.ProfilesOfAsync(userId, ct);
        return await db.Profiles.AsNoTracking().Where(p => mine.Contains(p.Id) && kinds.Contains(p.Kind)).OrderBy(p => p.Name).ToListAsync(ct);
    }
}
