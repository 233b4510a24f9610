using Hub.Core;
using Hub.Core.Accounts;
using Hub.Core.Compute;
using Hub.Core.Data;
using Hub.Core.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Matching.Tests.Compute;

/// <summary>
/// A real SQLite database with Hub's migrations, Core and Matching registered as the app registers them, on 26 November
/// 2026, holding a small compute market: one provider's four offers and two needs. Tests only read it.
/// </summary>
public sealed class ComputeMarket : IAsyncLifetime
{
    public const string Founder = "founder";
    public const string ProviderMember = "provider-member";
    public const string Stranger = "stranger";

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"hub-compute-{Guid.NewGuid():N}.db");
    private ServiceProvider _services = null!;

    public int StartupNeed { get; private set; }

    public int ResearchNeed { get; private set; }

    /// <summary>Luxembourg, paid, startups and companies, 3,000 free a month (500 of November allocated).</summary>
    public int AllHoursInLuxembourg { get; private set; }

    /// <summary>Germany, paid, startups, 1,000 a month: half what the startup needs.</summary>
    public int HalfInGermany { get; private set; }

    /// <summary>A free access call for researchers only.</summary>
    public int ResearchCall { get; private set; }

    /// <summary>Like the first, but paused.</summary>
    public int Paused { get; private set; }

    public async Task InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero)));
        var configuration = new ConfigurationBuilder().Build();
        services.AddHubCore(configuration, $"Data Source={_path}");
        services.AddHubMatching(configuration);
        _services = services.BuildServiceProvider();
        await _services.InitialiseHubDatabaseAsync(seedFolder: null);

        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        db.Users.AddRange([.. new[] { Founder, ProviderMember, Stranger }.Select(id => new HubUser { Id = id, UserName = $"{id}@hub.test" })]);
        var radiant = new Profile { Kind = ProfileKind.Startup, Name = "Radiant", Headline = "Imaging AI", Country = "LU" };
        var lab = new Profile { Kind = ProfileKind.Researcher, Name = "Vision Lab", Headline = "Computer vision research", Country = "LU" };
        var provider = new Profile { Kind = ProfileKind.ComputeProvider, Name = "Kirchberg GPU Cloud", Headline = "GPUs in Luxembourg", Country = "LU" };
        db.Profiles.AddRange(radiant, lab, provider);
        await db.SaveChangesAsync();
        db.ProfileMembers.AddRange(
            new ProfileMember { ProfileId = radiant.Id, UserId = Founder },
            new ProfileMember { ProfileId = provider.Id, UserId = ProviderMember });

        ComputeOffer Offer(string title, Action<ComputeOffer> change)
        {
            var offer = new ComputeOffer
            {
                ProviderId = provider.Id, Title = title, Accelerator = "NVIDIA A100 80GB", AcceleratorCount = 8, MemoryPerAcceleratorGb = 80,
                GpuHoursPerMonth = 3_000, AccessMode = AccessMode.Paid, PricePerGpuHourEur = 2.90m, DataResidency = "LU",
                EligibleKinds = [ProfileKind.Startup, ProfileKind.Company], AvailableFrom = new DateOnly(2026, 11, 1), AvailableUntil = new DateOnly(2027, 12, 31),
            };
            change(offer);
            db.ComputeOffers.Add(offer);
            return offer;
        }

        var all = Offer("All hours in Luxembourg", _ => { });
        var half = Offer("Half in Germany", o => (o.DataResidency, o.GpuHoursPerMonth, o.EligibleKinds) = ("DE", 1_000, [ProfileKind.Startup]));
        var call = Offer("Research call", o => (o.AccessMode, o.PricePerGpuHourEur, o.EligibleKinds, o.CutOffs) =
            (AccessMode.AccessCall, null, [ProfileKind.Researcher], [new DateOnly(2027, 1, 15)]));
        var paused = Offer("Paused", o => o.Status = OfferStatus.Paused);
        var startupNeed = new ComputeNeed
        {
            ProfileId = radiant.Id, Title = "Vision model training", GpuHours = 5_000, MinMemoryGb = 40, FirstMonth = new DateOnly(2027, 3, 1),
            LastMonth = new DateOnly(2027, 5, 1), Workload = Workload.Training, Sensitivity = DataSensitivity.Confidential,
            Residency = ResidencyRequirement.EuropeanUnion, BudgetEur = 20_000m,
        };
        var researchNeed = new ComputeNeed
        {
            ProfileId = lab.Id, Title = "Segmentation benchmark", GpuHours = 1_000, MinMemoryGb = 40, FirstMonth = new DateOnly(2027, 2, 1),
            LastMonth = new DateOnly(2027, 3, 1), Workload = Workload.Inference, Sensitivity = DataSensitivity.Public, Residency = ResidencyRequirement.Luxembourg,
        };
        db.ComputeNeeds.AddRange(startupNeed, researchNeed);
        await db.SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<CapacityLedger>().OpenMissingMonthsAsync();
        await db.ComputeOfferMonths.Where(m => m.OfferId == all.Id && m.Month == new DateOnly(2026, 11, 1))
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.AllocatedHours, 500));

        (StartupNeed, ResearchNeed) = (startupNeed.Id, researchNeed.Id);
        (AllHoursInLuxembourg, HalfInGermany, ResearchCall, Paused) = (all.Id, half.Id, call.Id, paused.Id);
    }

    /// <summary>Runs the matcher in its own scope, as one request would.</summary>
    public async Task<T> MatchAsync<T>(Func<IComputeMatcher, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IComputeMatcher>());
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }
}
