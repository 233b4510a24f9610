using Hub.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Cli;

/// <summary>The hub's database as the command line opens it: Core registered as the app registers it, on one SQLite file.</summary>
internal static class CliDatabase
{
    /// <summary>Where a deployed Hub keeps its database (relative to the folder it runs in).</summary>
    public const string Default = "data/hub.db";

    public static ServiceProvider Services(string file, Action<IServiceCollection>? more = null)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddHubCore(new ConfigurationBuilder().Build(), $"Data Source={Path.GetFullPath(file)}");
        more?.Invoke(services);
        return services.BuildServiceProvider();
    }
}
