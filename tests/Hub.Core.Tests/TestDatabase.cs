using System.Security.Cryptography;
using System.Text.Json;
using Hub.Core.Accounts;
using Hub.Core.Live;
using Hub.Core.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Core.Tests;

/// <summary>
/// A real database with Hub's migrations applied, and Core registered exactly as the app registers it, on a fake clock
/// and with a transport that records what would have been pushed. A SQLite file, or a PostgreSQL database of its own
/// when <c>HUB_TEST_POSTGRES</c> is set (see <see cref="PostgresTestServer"/>). Deleted when the test ends.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"hub-test-{Guid.NewGuid():N}.db");
    private readonly ServiceProvider _services;

    private TestDatabase(IReadOnlyDictionary<string, string?>? settings, string? postgres)
    {
        ConnectionString = postgres ?? $"Data Source={_path}";
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        if (postgres is not null)
        {
            all[Data.HubDatabase.ProviderKey] = nameof(Data.DatabaseProvider.Postgres);
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<ILiveTransport>(Pushes);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        services.AddHubCore(configuration, ConnectionString);
        // Hub.Matching scores event pairs in the app; Core's tests script the scores.
        services.AddSingleton<Events.IEventPairScorer>(PairScores);
        // Accounts are created by the web app; tests create them through Identity's own manager.
        services.AddIdentityCore<HubUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<Data.HubDbContext>();
        _services = services.BuildServiceProvider();
    }

    /// <summary>The time every service sees; tests move it.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    /// <summary>What would have gone live, to whom.</summary>
    public RecordingLiveTransport Pushes { get; } = new();

    public IServiceProvider Services => _services;

    /// <summary>True when this test runs on PostgreSQL.</summary>
    public bool IsPostgres => ConnectionString.StartsWith("Host=", StringComparison.Ordinal);

    public string ConnectionString { get; }

    /// <summary>How well event participants match, as the tests decide.</summary>
    public ScriptedPairScorer PairScores { get; } = new();

    public static async Task<TestDatabase> CreateAsync(DemoWorld? world = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        if (PostgresTestServer.Enabled)
        {
            // On PostgreSQL a seeded world is copied from a database seeded once: the seed depends only on the world and
            // the clock's start, which is the same for every test.
            var postgres = world is null
                ? await PostgresTestServer.CreateDatabaseAsync()
                : await PostgresTestServer.CreateDatabaseAsync($"w{WorldKey(world)}", async template =>
                {
                    // Not disposed as a test database: that would drop the template being built.
                    var seeding = new TestDatabase(null, template);
                    await seeding._services.InitialiseHubDatabaseAsync(seedFolder: null);
                    await seeding.SeedAsync(world);
                    await seeding._services.DisposeAsync();
                });
            var copy = new TestDatabase(settings, postgres);
            await copy._services.InitialiseHubDatabaseAsync(seedFolder: null);
            return copy;
        }

        var database = new TestDatabase(settings, null);
        await database._services.InitialiseHubDatabaseAsync(seedFolder: null);
        if (world is not null)
        {
            await database.SeedAsync(world);
        }

        return database;
    }

    private static string WorldKey(DemoWorld world) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(world)))[..16];

    public async Task<SeedReport> SeedAsync(DemoWorld world)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(world);
    }

    /// <summary>Runs work in its own scope, as one request would.</summary>
    public async Task<T> RunAsync<TService, T>(Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (IsPostgres)
        {
            await PostgresTestServer.DropDatabaseAsync(ConnectionString);
            return;
        }

        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }
}

/// <summary>The demo world is generated once per test run; generation is deterministic.</summary>
public static class Worlds
{
    public static DemoWorld Demo() => new DemoWorldGenerator().Generate();
}
