using Hub.Core.Accounts;
using Hub.Core.Audit;
using Hub.Core.Compute;
using Hub.Core.Conversations;
using Hub.Core.Data;
using Hub.Core.Events;
using Hub.Core.Introductions;
using Hub.Core.Jobs;
using Hub.Core.Live;
using Hub.Core.Notifications;
using Hub.Core.Profiles;
using Hub.Core.Recommendations;
using Hub.Core.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.Core;

public static class HubCoreSetup
{
    public const string DefaultConnectionString = "Data Source=data/hub.db";

    /// <summary>
    /// Registers the database and every Core feature slice. SQLite is the embedded default; <c>Database:Provider</c> =
    /// <c>Postgres</c> with <c>ConnectionStrings:Hub</c> puts Hub on a PostgreSQL server that several instances share.
    /// </summary>
    public static IHostApplicationBuilder AddHubCore(this IHostApplicationBuilder builder)
    {
        var provider = HubDatabase.ProviderFrom(builder.Configuration);
        var connectionString = builder.Configuration.GetConnectionString("Hub");
        if (provider == DatabaseProvider.Sqlite)
        {
            connectionString ??= DefaultConnectionString;
            EnsureFolderFor(connectionString, builder.Environment.ContentRootPath);
        }
        else if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Hub is empty; give the PostgreSQL connection string.");
        }

        builder.Services.AddHubCore(builder.Configuration, connectionString);
        return builder;
    }

    /// <summary>
    /// The same registration without a host, for the command line, tests and benchmarks: the database on the given
    /// connection string (the provider from <c>Database:Provider</c>), and each feature slice's own registration.
    /// </summary>
    public static IServiceCollection AddHubCore(this IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        var provider = HubDatabase.ProviderFrom(configuration);
        services.AddDbContext<HubDbContext>(o => o.UseHubDatabase(provider, connectionString));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<IPasswordHasher<HubUser>, PasswordHasher<HubUser>>();
        services.AddJobHost(configuration);
        services.AddLivePublishing();
        services.AddProfiles(configuration);
        services.AddCompute();
        services.AddNotifications(configuration);
        services.AddConversations();
        services.AddIntroductions(configuration);
        services.AddEvents(configuration);
        services.AddRecommendationSignals(configuration);
        services.AddScoped<DemoSeeder>();
        services.AddScoped<PersonalData>();
        services.AddScoped<AccountDeletion>();
        services.AddAudit();
        return services;
    }

    /// <summary>
    /// Applies migrations, then loads the demo ecosystem into an empty database when seeding is on. On PostgreSQL,
    /// instances starting together take turns (a session advisory lock): the first does the work, the others wait and
    /// then find it done.
    /// </summary>
    public static async Task InitialiseHubDatabaseAsync(this IServiceProvider services, string? seedFolder, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        if (db.Database.IsNpgsql())
        {
            await using var _ = await PostgresStartLock.AcquireAsync(db.Database.GetConnectionString()!, ct);
            await InitialiseAsync(scope.ServiceProvider, db, seedFolder, ct);
        }
        else
        {
            await InitialiseAsync(scope.ServiceProvider, db, seedFolder, ct);
        }
    }

    private static async Task InitialiseAsync(IServiceProvider services, HubDbContext db, string? seedFolder, CancellationToken ct)
    {
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
        {
            // WAL lets the directory read while a profile is being saved; optimize refreshes the planner's statistics
            // for indexes that a migration just added (without them SQLite can pick a poor index for directory sorts).
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002;", ct);
        }

        await AccountRoles.EnsureAsync(db, ct);
        // Offers placed before the capacity ledger existed get their months (decision 011).
        await services.GetRequiredService<CapacityLedger>().OpenMissingMonthsAsync(ct);
        if (seedFolder is null)
        {
            return;
        }

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Hub.Seeding");
        if (!Directory.Exists(seedFolder))
        {
            logger.LogWarning("Seed folder {Folder} not found; starting with an empty hub.", seedFolder);
            return;
        }

        var world = await DemoWorld.LoadAsync(seedFolder, ct);
        await services.GetRequiredService<DemoSeeder>().SeedAsync(world, ct);
    }

    private static void EnsureFolderFor(string connectionString, string contentRoot)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource, contentRoot));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
