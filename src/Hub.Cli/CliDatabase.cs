using Hub.Core;
using Hub.Core.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Cli;

/// <summary>
/// The hub's database as the command line opens it: Core registered as the app registers it. A SQLite file (given
/// with --database), or, when the environment says so as it does for the app (<c>Database__Provider=Postgres</c> and
/// <c>ConnectionStrings__Hub</c>), the PostgreSQL database.
/// </summary>
internal static class CliDatabase
{
    /// <summary>Where a deployed Hub keeps its database (relative to the folder it runs in).</summary>
    public const string Default = "data/hub.db";

    /// <summary>The provider the environment names (SQLite when it names none).</summary>
    public static DatabaseProvider Provider => HubDatabase.Parse(Environment.GetEnvironmentVariable("Database__Provider"));

    public static ServiceProvider Services(string file, Action<IServiceCollection>? more = null) => Services(Provider, file, more);

    public static ServiceProvider Services(DatabaseProvider provider, string file, Action<IServiceCollection>? more = null)
    {
        var settings = new Dictionary<string, string?> { [HubDatabase.ProviderKey] = provider.ToString() };
        string connectionString;
        if (provider == DatabaseProvider.Postgres)
        {
            connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Hub") is { Length: > 0 } value
                ? value
                : throw new InvalidOperationException("Database__Provider is Postgres but ConnectionStrings__Hub is not set; give the PostgreSQL connection string.");
        }
        else
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            connectionString = $"Data Source={Path.GetFullPath(file)}";
        }

        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddHubCore(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), connectionString);
        more?.Invoke(services);
        return services.BuildServiceProvider();
    }
}
