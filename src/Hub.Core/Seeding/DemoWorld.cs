using System.Text.Json;
using System.Text.Json.Serialization;

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
