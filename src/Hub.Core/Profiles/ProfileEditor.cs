using Hub.Core.Accounts;
using Hub.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Profiles;

public enum SaveStatus
{
    Saved,
    Invalid,
    NotFound,
    Forbidden,
}

/// <summary>The result of a change: saved, or why not (field errors keyed by property name).</summary>
public sealed record SaveResult(SaveStatus Status, int? ProfileId = null, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public bool Succeeded => Status == SaveStatus.Saved;

    public static SaveResult Invalid(string field, string message) =>
        new(SaveStatus.Invalid, Errors: new Dictionary<string, string[]> { [field] = [message] });
}

/// <summary>Creates and edits profiles on behalf of a signed-in user, enforcing validation and membership.</summary>
public sealed class ProfileEditor(HubDbContext db, UserManager<HubUser> users, TimeProvider clock, ProfileChanges? changes = null)
{
    private static readonly ProfileInputValidator Validator = new();

    public async Task<SaveResult> CreateAsync(string userId, ProfileInput input, CancellationToken ct = default)
    {
        var invalid = await ValidateAsync(input, ct);
        if (invalid is not null)
        {
            return invalid;
        }

        var (tags, unknown) = await ResolveTagsAsync(input, ct);
        if (unknown is not null)
        {
            return unknown;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var profile = new Profile { Name = "", Headline = "", Country = "", CreatedAt = now, UpdatedAt = now };
        input.ApplyTo(profile);
        SetTags(profile, tags);
        profile.Members.Add(new ProfileMember { UserId = userId, Role = ProfileRole.Owner, JoinedAt = now });
        db.Profiles.Add(profile);
        await db.SaveChangesAsync(ct);
        changes?.Record();
        return new SaveResult(SaveStatus.Saved, profile.Id);
    }

    public async Task<SaveResult> UpdateAsync(string userId, int profileId, ProfileInput input, CancellationToken ct = default)
    {
        var profile = await db.Profiles.Include(p => p.Tags).Include(p => p.Members)
            .FirstOrDefaultAsync(p => p.Id == profileId, ct);
        if (profile is null)
        {
            return new SaveResult(SaveStatus.NotFound);
        }

        if (!await CanEditAsync(userId, profile))
        {
            return new SaveResult(SaveStatus.Forbidden);
        }

        var invalid = await ValidateAsync(input, ct);
        if (invalid is not null)
        {
            return invalid;
        }

        var (tags, unknown) = await ResolveTagsAsync(input, ct);
        if (unknown is not null)
        {
            return unknown;
        }

        input.ApplyTo(profile);
        SetTags(profile, tags);
        profile.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        changes?.Record();
        return new SaveResult(SaveStatus.Saved, profile.Id);
    }

    /// <summary>Members of the profile may edit it; so may platform admins (moderation).</summary>
    public async Task<bool> CanEditAsync(string? userId, Profile profile)
    {
        if (userId is null)
        {
            return false;
        }

        if (profile.Members.Any(m => m.UserId == userId))
        {
            return true;
        }

        var user = await users.FindByIdAsync(userId);
        return user is not null && await users.IsInRoleAsync(user, HubRoles.Admin);
    }

    public async Task<SaveResult> AddMemberAsync(string actorId, int profileId, string email, CancellationToken ct = default)
    {
        var profile = await db.Profiles.Include(p => p.Members).FirstOrDefaultAsync(p => p.Id == profileId, ct);
        if (profile is null)
        {
            return new SaveResult(SaveStatus.NotFound);
        }

        if (!await CanEditAsync(actorId, profile))
        {
            return new SaveResult(SaveStatus.Forbidden);
        }

        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            return SaveResult.Invalid("Email", "No account uses this email address. Ask them to register first.");
        }

        if (profile.Members.Any(m => m.UserId == user.Id))
        {
            return SaveResult.Invalid("Email", "This person already manages the profile.");
        }

        profile.Members.Add(new ProfileMember { UserId = user.Id, Role = ProfileRole.Editor, JoinedAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(ct);
        return new SaveResult(SaveStatus.Saved, profile.Id);
    }

    public async Task<SaveResult> RemoveMemberAsync(string actorId, int profileId, string memberUserId, CancellationToken ct = default)
    {
        var profile = await db.Profiles.Include(p => p.Members).FirstOrDefaultAsync(p => p.Id == profileId, ct);
        if (profile is null)
        {
            return new SaveResult(SaveStatus.NotFound);
        }

        if (!await CanEditAsync(actorId, profile))
        {
            return new SaveResult(SaveStatus.Forbidden);
        }

        var member = profile.Members.FirstOrDefault(m => m.UserId == memberUserId);
        if (member is null)
        {
            return SaveResult.Invalid("Member", "This person does not manage the profile.");
        }

        if (member.Role == ProfileRole.Owner && profile.Members.Count(m => m.Role == ProfileRole.Owner) == 1)
        {
            return SaveResult.Invalid("Member", "A profile needs at least one owner.");
        }

        profile.Members.Remove(member);
        await db.SaveChangesAsync(ct);
        return new SaveResult(SaveStatus.Saved, profile.Id);
    }

    private static async Task<SaveResult?> ValidateAsync(ProfileInput input, CancellationToken ct)
    {
        var result = await Validator.ValidateAsync(input, ct);
        if (result.IsValid)
        {
            return null;
        }

        return new SaveResult(SaveStatus.Invalid, Errors: result.Errors
            .GroupBy(e => e.PropertyName)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()));
    }

    private async Task<(List<Taxonomy.Tag> Tags, SaveResult? Error)> ResolveTagsAsync(ProfileInput input, CancellationToken ct)
    {
        var slugs = input.TagSlugs.Distinct().ToArray();
        var tags = await db.Tags.Where(t => slugs.Contains(t.Slug)).ToListAsync(ct);
        if (tags.Count != slugs.Length)
        {
            var missing = slugs.Except(tags.Select(t => t.Slug)).First();
            return (tags, SaveResult.Invalid(nameof(ProfileInput.TagSlugs), $"Unknown tag '{missing}'. Pick tags from the list."));
        }

        return (tags, null);
    }

    private static void SetTags(Profile profile, List<Taxonomy.Tag> tags)
    {
        profile.Tags.RemoveAll(t => !tags.Contains(t));
        foreach (var tag in tags.Where(t => !profile.Tags.Contains(t)))
        {
            profile.Tags.Add(tag);
        }

        profile.TagText = string.Join(' ', profile.Tags.OrderBy(t => t.Name).Select(t => t.Name));
    }
}

/// <summary>Reads profiles for display: one profile with everything, and the profiles a user manages.</summary>
public sealed class ProfileReader(HubDbContext db)
{
    public Task<Profile?> GetAsync(int id, CancellationToken ct = default) =>
        db.Profiles.AsNoTracking().AsSplitQuery().Include(p => p.Tags).Include(p => p.Members)
            .FirstOrDefaultAsync(p => p.Id == id, ct);

    public async Task<IReadOnlyList<Profile>> ManagedByAsync(string userId, CancellationToken ct = default) =>
        await db.Profiles.AsNoTracking().Include(p => p.Tags)
            .Where(p => p.Members.Any(m => m.UserId == userId))
            .OrderBy(p => p.Name)
            .ToListAsync(ct);

    public async Task<IReadOnlyList<(string UserId, string DisplayName, string Email, ProfileRole Role)>> MembersAsync(int profileId, CancellationToken ct = default)
    {
        var rows = await db.ProfileMembers.AsNoTracking().Where(m => m.ProfileId == profileId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.UserId, u.DisplayName, u.Email, m.Role })
            .ToListAsync(ct);
        return rows.Select(r => (r.UserId, r.DisplayName, r.Email ?? "", r.Role)).ToList();
    }

    public async Task<IReadOnlyList<Compute.ComputeOffer>> OffersOfAsync(int providerId, CancellationToken ct = default) =>
        await db.ComputeOffers.AsNoTracking().Where(o => o.ProviderId == providerId).OrderBy(o => o.Title).ToListAsync(ct);

    public async Task<IReadOnlyDictionary<ProfileKind, int>> CountsByKindAsync(CancellationToken ct = default) =>
        await db.Profiles.AsNoTracking().GroupBy(p => p.Kind).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
}
