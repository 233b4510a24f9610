using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Hub.Core.Data;

public static class HubDatabase
{
    /// <summary>The configuration key that chooses the provider (<c>Sqlite</c> when absent).</summary>
    public const string ProviderKey = "Database:Provider";

    /// <summary>PostgreSQL's migrations live in their own assembly: EF Core keeps one migration set per assembly.</summary>
    public const string PostgresMigrationsAssembly = "Hub.Data.Postgres";

    /// <summary>The one place the database provider is configured, for the app, the command line, the tests and the benchmarks.</summary>
    public static DbContextOptionsBuilder UseHubDatabase(this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString) =>
        provider switch
        {
            DatabaseProvider.Postgres => options.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly)),
            _ => options.UseSqlite(connectionString).AddInterceptors(new SqliteTuning()),
        };

    /// <summary>The provider named by <c>Database:Provider</c>; an unknown name stops the start with a message naming the choices.</summary>
    public static DatabaseProvider ProviderFrom(IConfiguration configuration) => Parse(configuration[ProviderKey]);

    public static DatabaseProvider Parse(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(name.Trim(), ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new InvalidOperationException($"{ProviderKey} is \"{name}\"; use Sqlite or Postgres.");
    }
}
