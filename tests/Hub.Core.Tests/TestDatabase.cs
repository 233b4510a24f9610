using Hub.Core.Accounts;
using Hub.Core.Data;
using Hub.Core.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hub.Core.Tests;

/// <summary>A real SQLite database file with Hub's migrations applied, deleted when the test ends.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"hub-test-{Guid.NewGuid():N}.db");
    private readonly ServiceProvider _services;

    private TestDatabase()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<HubDbContext>(o => o.UseHubSqlite($"Data Source={_path}"));
        services.AddIdentityCore<HubUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<HubDbContext>();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<Profiles.ProfileDirectory>();
        services.AddScoped<Profiles.ProfileEditor>();
        services.AddScoped<Profiles.ProfileReader>();
        services.AddScoped<DemoSeeder>();
        _services = services.BuildServiceProvider();
    }

    public static async Task<TestDatabase> CreateAsync(DemoWorld? world = null)
    {
        var database = new TestDatabase();
        await database._services.InitialiseHubDatabaseAsync(seedFolder: null);
        if (world is not null)
        {
            await database.SeedAsync(world);
        }

        return database;
    }

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
