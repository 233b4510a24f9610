using System.Globalization;
using Hub.Core.Audit;
using Hub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Core.Profiles;

/// <summary>Creates and edits profiles on behalf of a signed-in user, enforcing validation and membership.</summary>
public sealed class ProfileEditor(HubDbContext db, ProfileAccess access, AuditLog audit, TimeProvider clock, IOptions<ProfileCreationRules> creation, MatchingInputChanges? changes = null)
{
    private const string StaleEdit = "Someone else changed this profile since you opened it; reload to see their changes.";

    private static readonly ProfileInputValidator Validator = new();

    public async Task<Outcome<int>> CreateAsync(string userId, ProfileInput input, CancellationToken ct = default)
    {
        var (tags, refused) = await CheckAsync(input, ct);
        if (refused is not null)
        {
            return refused.As<int>();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (await CreationRefusedAsync(userId, now, ct) is { } limit)
        {
            return limit.As<int>();
        }

        var profile = new Profile { Name = "", Headline = "", Country = "", CreatedAt = now, UpdatedAt = now, CreatedByUserId = userId };
        input.ApplyTo(profile);
        SetTags(profile, tags);
        profile.Members.Add(new ProfileMember { UserId = userId, Role = ProfileRole.Owner, JoinedAt = now });
        db.Profiles.Add(profile);
        await db.SaveChangesAsync(ct);
        await (changes?.RecordAsync(db, ct) ?? Task.CompletedTask);
        return Outcome.Done(profile.Id);
    }

    /// <summary>The creation limits (admins are exempt); null when the account may create another profile.</summary>
    private async Task<Outcome?> CreationRefusedAsync(string userId, DateTime now, CancellationToken ct)
    {
        if (await access.IsAdminAsync(userId, ct))
        {
            return null;
        }

        var rules = creation.Value;
        if (await db.ProfileMembers.CountAsync(m => m.UserId == userId, ct) >= rules.MaxManaged)
        {
            return Outcome.Conflict($"You already manage {rules.MaxManaged} profiles, the most one person may. Hand one over to a colleague before you create another.");
        }

        var since = now.AddDays(-rules.PeriodDays);
        var recent = await db.Profiles.Where(p => p.CreatedByUserId == userId && p.CreatedAt > since)
            .OrderBy(p => p.CreatedAt).Select(p => p.CreatedAt).ToListAsync(ct);
        if (recent.Count >= rules.MaxCreatedPerPeriod)
        {
            var next = recent[recent.Count - rules.MaxCreatedPerPeriod].AddDays(rules.PeriodDays);
            return Outcome.Conflict($"You can create {rules.MaxCreatedPerPeriod} profiles in {rules.PeriodDays} days. You can create the next one from {next.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}.");
        }

        return null;
    }

    public async Task<Outcome<int>> UpdateAsync(string userId, int profileId, ProfileInput input, CancellationToken ct = default)
    {
        var profile = await db.Profiles.Include(p => p.Tags).Include(p => p.Members).Include(p => p.FieldVisibilities)
            .FirstOrDefaultAsync(p => p.Id == profileId, ct);
        if (profile is null)
        {
            return Outcome.NotFound("That profile does not exist.");
        }

        var rights = await access.RightsAsync(userId, profileId, ct);
        if (!rights.CanEdit)
        {
            return Outcome.Forbidden("Only the people who manage this profile can change it.");
        }

        var (tags, refused) = await CheckAsync(input, ct);
        if (refused is not null)
        {
            return refused.As<int>();
        }

        if (input.Version is { } seen && seen != profile.Version)
        {
            return Outcome.Conflict(StaleEdit);
        }

        if (!rights.IsMember)
        {
            await audit.RecordByAsync(AuditAction.ProfileEditedByAdmin, userId, $"profile:{profileId}", $"Edited {profile.Name}, which they do not manage.", ct);
        }

        input.ApplyTo(profile);
        SetTags(profile, tags);
        profile.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        profile.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write: the version token refused the overwrite.
            return Outcome.Conflict(StaleEdit);
        }

        await (changes?.RecordAsync(db, ct) ?? Task.CompletedTask);
        return Outcome.Done(profile.Id);
    }

    /// <summary>Runs the validator, then resolves the chosen tags; an outcome when either refuses the input.</summary>
    private async Task<(List<Taxonomy.Tag> Tags, Outcome? Refused)> CheckAsync(ProfileInput input, CancellationToken ct)
    {
        var invalid = await ValidateAsync(input, ct);
        return invalid is not null ? ([], invalid) : await ResolveTagsAsync(input, ct);
    }

    private static async Task<Outcome?> ValidateAsync(ProfileInput input, CancellationToken ct)
    {
        var result = await Validator.ValidateAsync(input, ct);
        if (result.IsValid)
        {
            return null;
        }

        return Outcome.Invalid(result.Errors
            .GroupBy(e => e.PropertyName)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()));
    }

    private async Task<(List<Taxonomy.Tag> Tags, Outcome? Error)> ResolveTagsAsync(ProfileInput input, CancellationToken ct)
    {
        var slugs = input.TagSlugs.Distinct().ToArray();
        var tags = await db.Tags.Where(t => slugs.Contains(t.Slug)).ToListAsync(ct);
        if (tags.Count != slugs.Length)
        {
            var missing = slugs.Except(tags.Select(t => t.Slug)).First();
            return (tags, Outcome.Invalid(nameof(ProfileInput.TagSlugs), $"Unknown tag '{missing}'. Pick tags from the list."));
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
