using System.Text.Json;
using System.Text.Json.Serialization;
using Hub.Core.Compute;
using Hub.Core.Profiles;
using Hub.Core.Taxonomy;

namespace Hub.Core.Seeding;

/// <summary>The demo ecosystem as it is stored in <c>seed/*.json</c>.</summary>
public sealed class DemoWorld
{
    public List<SeedTag> Taxonomy { get; set; } = [];

    public List<SeedProfile> Profiles { get; set; } = [];

    public List<SeedComputeOffer> ComputeOffers { get; set; } = [];

    public List<SeedAccount> Accounts { get; set; } = [];

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public const string TaxonomyFile = "taxonomy.json";
    public const string ProfilesFile = "profiles.json";
    public const string ComputeOffersFile = "compute-offers.json";
    public const string AccountsFile = "accounts.json";

    public static async Task<DemoWorld> LoadAsync(string folder, CancellationToken ct = default)
    {
        async Task<List<T>> Read<T>(string file)
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"Seed file {file} is missing from {folder}.", path);
            }

            await using var stream = File.OpenRead(path);
            return await JsonSerializer.DeserializeAsync<List<T>>(stream, Json, ct)
                ?? throw new InvalidDataException($"Seed file {file} is empty.");
        }

        return new DemoWorld
        {
            Taxonomy = await Read<SeedTag>(TaxonomyFile),
            Profiles = await Read<SeedProfile>(ProfilesFile),
            ComputeOffers = await Read<SeedComputeOffer>(ComputeOffersFile),
            Accounts = await Read<SeedAccount>(AccountsFile),
        };
    }

    public async Task SaveAsync(string folder, CancellationToken ct = default)
    {
        Directory.CreateDirectory(folder);
        async Task Write<T>(string file, List<T> items)
        {
            await using var stream = File.Create(Path.Combine(folder, file));
            await JsonSerializer.SerializeAsync(stream, items, Json, ct);
        }

        await Write(TaxonomyFile, Taxonomy);
        await Write(ProfilesFile, Profiles);
        await Write(ComputeOffersFile, ComputeOffers);
        await Write(AccountsFile, Accounts);
    }
}

public sealed record SeedTag(string Slug, string Name, TagFacet Facet);

/// <summary>A demo profile: a stable key (referenced by accounts and offers) and what the wizard would have entered.</summary>
public sealed class SeedProfile
{
    public required string Key { get; set; }

    public required ProfileInput Profile { get; set; }

    /// <summary>Days before the seed date the profile was created, so "newest" sorting has something to show.</summary>
    public int CreatedDaysAgo { get; set; }
}

/// <summary>A demo GPU offer: the key of the provider profile that places it, and the offer's terms.</summary>
public sealed class SeedComputeOffer
{
    public required string Provider { get; set; }

    public required ComputeOffer Offer { get; set; }
}

/// <summary>A demo login and the profiles it manages.</summary>
public sealed class SeedAccount
{
    public required string Email { get; set; }

    public required string DisplayName { get; set; }

    public required string Password { get; set; }

    public List<string> Roles { get; set; } = [];

    public List<string> Profiles { get; set; } = [];

    /// <summary>Shown on the sign-in page and printed at start-up so people can try each role.</summary>
    public bool Featured { get; set; }
}
