using Hub.Core.Data;
using Hub.Core.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Core.Tests.Database;

/// <summary>Several instances starting together on one PostgreSQL database migrate and seed it once.</summary>
public sealed class PostgresStartTests
{
    [PostgresOnlyFact("the start lock is a PostgreSQL advisory lock; a SQLite file belongs to one instance")]
    public async Task TwoInstancesStartingTogetherOnAFreshDatabaseBothStartAndSeedOnce()
    {
        var connectionString = await PostgresTestServer.CreateEmptyDatabaseAsync();
        try
        {
            var seed = DemoSeederTests.SeedFolder();
            await using var a = Instance(connectionString);
            await using var b = Instance(connectionString);

            await Task.WhenAll(
                Task.Run(() => a.InitialiseHubDatabaseAsync(seed)),
                Task.Run(() => b.InitialiseHubDatabaseAsync(seed)));

            await using var scope = a.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            var world = await DemoWorld.LoadAsync(seed);
            Assert.Equal(world.Profiles.Count, await db.Profiles.CountAsync());
            Assert.Equal(world.Accounts.Count, await db.Users.CountAsync());
            Assert.Equal(db.Database.GetMigrations().Count(), (await db.Database.GetAppliedMigrationsAsync()).Count());
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }
        finally
        {
            await PostgresTestServer.DropDatabaseAsync(connectionString);
        }
    }

    [PostgresOnlyFact("the start lock is a PostgreSQL advisory lock")]
    public async Task AnInstanceWaitsWhileAnotherHoldsTheStartLock()
    {
        var connectionString = await PostgresTestServer.CreateDatabaseAsync();
        try
        {
            await using var instance = Instance(connectionString);
            Task starting;
            await using (await PostgresStartLock.AcquireAsync(connectionString))
            {
                starting = Task.Run(() => instance.InitialiseHubDatabaseAsync(seedFolder: null));
                Assert.True(await WaitsForTheLockAsync(connectionString), "the instance never asked for the start lock");
                Assert.False(starting.IsCompleted, "the instance started while another held the lock");
            }

            await starting.WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            await PostgresTestServer.DropDatabaseAsync(connectionString);
        }
    }

    /// <summary>Whether a session queues for an advisory lock on this database within a while.</summary>
    private static async Task<bool> WaitsForTheLockAsync(string connectionString)
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
            connection);
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if ((long)(await command.ExecuteScalarAsync())! > 0)
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    private static ServiceProvider Instance(string connectionString)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [HubDatabase.ProviderKey] = nameof(DatabaseProvider.Postgres) })
            .Build();
        services.AddHubCore(configuration, connectionString);
        return services.BuildServiceProvider();
    }
}
