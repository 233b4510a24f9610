using Hub.Core.Accounts;
using Hub.Core.Compute;
using Hub.Core.Data;
using Hub.Core.Profiles;
using Hub.Core.Taxonomy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hub.Core.Seeding;

/// <summary>
/// Loads a <see cref="DemoWorld"/> into an empty database. It never touches a database that already has profiles or
/// accounts, so restarting (or pointing Hub at a live database) cannot duplicate or overwrite anything.
/// </summary>
public sealed class DemoSeeder(HubDbContext db, IPasswordHasher<HubUser> hasher, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    private const int BatchSize = 2_000;
    private static readonly ProfileInputValidator Validator = new();

    public async Task<SeedReport> SeedAsync(DemoWorld world, CancellationToken ct = default)
    {
        await AccountRoles.EnsureAsync(db, ct);
        if (await db.Profiles.AnyAsync(ct) || await db.Users.AnyAsync(ct))
        {
            logger.LogInformation("Database already holds data; demo seeding skipped.");
            return new SeedReport(0, 0, 0, 0, Skipped: true);
        }

        Check(world);
        var now = clock.GetUtcNow().UtcDateTime;
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            try
            {
                db.Tags.AddRange(world.Taxonomy.Select(t => new Tag { Slug = t.Slug, Name = t.Name, Facet = t.Facet }));
                await db.SaveChangesAsync(ct);

                var profileIds = await InsertProfilesAsync(world, now, ct);
                foreach (var seed in world.ComputeOffers)
                {
                    var offer = seed.Offer.CopyFor(profileIds[seed.Provider]);
                    offer.CreatedAt = offer.UpdatedAt = now.AddDays(-seed.CreatedDaysAgo);
                    db.ComputeOffers.Add(offer);
                }

                await db.SaveChangesAsync(ct);
                await new CapacityLedger(db, clock).OpenMissingMonthsAsync(ct);
                await InsertAccountsAsync(world, profileIds, now, ct);
                db.ChangeTracker.AutoDetectChangesEnabled = true;
                await DemoEvents.SeedAsync(db, now, ct);
                await DemoCompute.SeedAsync(db, now, ct);
                await tx.CommitAsync(ct);
            }
            finally
            {
                db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
                db.ChangeTracker.Clear();
            }

            logger.LogInformation("Seeded {Profiles} profiles, {Offers} compute offers and {Accounts} accounts.",
                world.Profiles.Count, world.ComputeOffers.Count, world.Accounts.Count);
            return new SeedReport(world.Taxonomy.Count, world.Profiles.Count, world.ComputeOffers.Count, world.Accounts.Count, Skipped: false);
        });
    }

    /// <summary>Refuses a broken seed before writing anything: every profile must pass the same rules as the wizard.</summary>
    public static void Check(DemoWorld world)
    {
        var slugs = world.Taxonomy.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var seed in world.Profiles)
        {
            if (!keys.Add(seed.Key))
            {
                throw new InvalidDataException($"Seed profile key '{seed.Key}' appears twice.");
            }

            var result = Validator.Validate(seed.Profile);
            if (!result.IsValid)
            {
                throw new InvalidDataException($"Seed profile '{seed.Key}' is invalid: {result.Errors[0].ErrorMessage} ({result.Errors[0].PropertyName})");
            }

            var unknown = seed.Profile.TagSlugs.FirstOrDefault(s => !slugs.Contains(s));
            if (unknown is not null)
            {
                throw new InvalidDataException($"Seed profile '{seed.Key}' uses unknown tag '{unknown}'.");
            }
        }

        foreach (var reference in world.ComputeOffers.Select(o => o.Provider).Concat(world.Accounts.SelectMany(a => a.Profiles)))
        {
            if (!keys.Contains(reference))
            {
                throw new InvalidDataException($"Seed refers to unknown profile '{reference}'.");
            }
        }
    }

    private async Task<Dictionary<string, int>> InsertProfilesAsync(DemoWorld world, DateTime now, CancellationToken ct)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var batch in world.Profiles.Chunk(BatchSize))
        {
            // The change tracker is cleared between batches to keep memory flat on large benchmark worlds.
            var tags = await db.Tags.ToDictionaryAsync(t => t.Slug, ct);
            var entities = new List<(string Key, Profile Profile)>(batch.Length);
            foreach (var seed in batch)
            {
                var created = now.AddDays(-seed.CreatedDaysAgo);
                var profile = new Profile { Name = "", Headline = "", Country = "", CreatedAt = created, UpdatedAt = created };
                seed.Profile.ApplyTo(profile);
                profile.Tags = seed.Profile.TagSlugs.Distinct().Select(s => tags[s]).ToList();
                profile.TagText = string.Join(' ', profile.Tags.OrderBy(t => t.Name).Select(t => t.Name));
                entities.Add((seed.Key, profile));
            }

            db.Profiles.AddRange(entities.Select(e => e.Profile));
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(ct);
            foreach (var (key, profile) in entities)
            {
                ids[key] = profile.Id;
            }

            db.ChangeTracker.Clear();
        }

        return ids;
    }

    private async Task InsertAccountsAsync(DemoWorld world, Dictionary<string, int> profileIds, DateTime now, CancellationToken ct)
    {
        var roleIds = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
        // Hashing is deliberately slow; demo accounts sharing a password share one hash (each still verifies on its own).
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var batch in world.Accounts.Chunk(BatchSize))
        {
            foreach (var account in batch)
            {
                var user = new HubUser
                {
                    UserName = account.Email,
                    NormalizedUserName = account.Email.ToUpperInvariant(),
                    Email = account.Email,
                    NormalizedEmail = account.Email.ToUpperInvariant(),
                    EmailConfirmed = true,
                    DisplayName = account.DisplayName,
                    SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(),
                    ConcurrencyStamp = Guid.NewGuid().ToString(),
                    LockoutEnabled = true,
                    CreatedAt = now,
                };
                if (!hashes.TryGetValue(account.Password, out var hash))
                {
                    hash = hasher.HashPassword(user, account.Password);
                    hashes[account.Password] = hash;
                }

                user.PasswordHash = hash;
                db.Users.Add(user);
                foreach (var role in account.Roles.Append(HubRoles.Member).Distinct())
                {
                    db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleIds[role] });
                }

                foreach (var key in account.Profiles)
                {
                    db.ProfileMembers.Add(new ProfileMember { ProfileId = profileIds[key], UserId = user.Id, Role = ProfileRole.Owner, JoinedAt = now });
                }
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }
}
