using System.Collections.Concurrent;
using System.Security.Cryptography;
using Hub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Hub.Core.Tests;

/// <summary>
/// The PostgreSQL server the integration tests run against when <c>HUB_TEST_POSTGRES</c> holds a connection string
/// (tests/postgres.sh starts one; tests/run.sh runs the suites a second time with it). Each test gets its own database,
/// copied from a template that holds the migrated schema, so a test costs a file copy rather than a migration.
/// </summary>
public static class PostgresTestServer
{
    public const string Variable = "HUB_TEST_POSTGRES";

    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);
    private static readonly ConcurrentDictionary<string, Lazy<Task<string>>> Derived = new(StringComparer.Ordinal);

    /// <summary>The server's connection string, or null when the tests run on SQLite.</summary>
    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool Enabled => ConnectionString is not null;

    /// <summary>A new database with Hub's schema; the caller drops it with <see cref="DropDatabaseAsync"/>.</summary>
    public static async Task<string> CreateDatabaseAsync() => await CopyAsync(await Template.Value);

    /// <summary>
    /// A new database with Hub's schema and what <paramref name="fill"/> wrote into it, done once per <paramref name="key"/>
    /// (which must name everything that decides the content) and copied for each caller after that.
    /// </summary>
    public static async Task<string> CreateDatabaseAsync(string key, Func<string, Task> fill)
    {
        var template = await Derived.GetOrAdd(key, k => new Lazy<Task<string>>(async () =>
        {
            var schema = await Template.Value;
            return await BuildTemplateAsync($"{schema}_{k}", schema, fill);
        })).Value;
        return await CopyAsync(template);
    }

    private static async Task<string> CopyAsync(string template)
    {
        var name = $"hub_test_{Guid.NewGuid():N}";
        await ExecuteAsync($"""CREATE DATABASE "{name}" TEMPLATE "{template}" """);
        return On(name);
    }

    /// <summary>A new database without any schema, for tests of migrating itself.</summary>
    public static async Task<string> CreateEmptyDatabaseAsync()
    {
        var name = $"hub_test_{Guid.NewGuid():N}";
        await ExecuteAsync($"""CREATE DATABASE "{name}" TEMPLATE template0""");
        return On(name);
    }

    /// <summary>The same, for code that cannot wait asynchronously (WebApplicationFactory's configuration).</summary>
    public static string CreateDatabase() => Task.Run(CreateDatabaseAsync).GetAwaiter().GetResult();

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        await using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await ExecuteAsync($"""DROP DATABASE IF EXISTS "{builder.Database}" WITH (FORCE)""");
    }

    /// <summary>The server's connection string pointed at another database.</summary>
    public static string On(string database) =>
        new NpgsqlConnectionStringBuilder(ConnectionString) { Database = database }.ConnectionString;

    /// <summary>
    /// Migrated once per set of migrations: the name carries a hash of the migrations assembly, so a changed migration
    /// gets a new template.
    /// </summary>
    private static async Task<string> CreateTemplateAsync()
    {
        var assembly = typeof(Hub.Data.Postgres.Migrations.InitialSchema).Assembly;
        var hash = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(assembly.Location)))[..16];
        return await BuildTemplateAsync($"hub_template_{hash}", from: null, async connectionString =>
        {
            var options = new DbContextOptionsBuilder<HubDbContext>();
            options.UseHubDatabase(DatabaseProvider.Postgres, connectionString);
            await using var db = new HubDbContext(options.Options);
            await db.Database.MigrateAsync();
        });
    }

    /// <summary>
    /// Builds a template under another name and renames it when complete, so a half-built template is never copied; an
    /// advisory lock keeps two test processes from building the same one. <paramref name="fill"/> gets an unpooled
    /// connection string, so no idle connection keeps the template busy when it is renamed and copied.
    /// </summary>
    private static async Task<string> BuildTemplateAsync(string template, string? from, Func<string, Task> fill)
    {
        // Unpooled: the advisory lock belongs to the session, which must end with this connection.
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(On("postgres")) { Pooling = false }.ConnectionString);
        await admin.OpenAsync();
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_lock({PostgresStartLock.Key})", admin))
        {
            await lockCommand.ExecuteNonQueryAsync();
        }

        await using var exists = new NpgsqlCommand("SELECT COUNT(*) FROM pg_database WHERE datname = @name", admin);
        exists.Parameters.AddWithValue("name", template);
        if ((long)(await exists.ExecuteScalarAsync())! == 0)
        {
            var building = $"{template}_building";
            await ExecuteAsync($"""DROP DATABASE IF EXISTS "{building}" WITH (FORCE)""");
            await ExecuteAsync(from is null ? $"""CREATE DATABASE "{building}" """ : $"""CREATE DATABASE "{building}" TEMPLATE "{from}" """);
            await fill(new NpgsqlConnectionStringBuilder(On(building)) { Pooling = false }.ConnectionString);
            await ExecuteAsync($"""ALTER DATABASE "{building}" RENAME TO "{template}" """);
        }

        // The session ends with the connection, which releases the lock.
        return template;
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(On("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
