using Hub.Core.Jobs;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Core.Tests;

/// <summary>
/// An empty Hub database with Core registered as the app registers it, plus a <see cref="ScriptedJob"/> registered
/// first (before Core's own jobs), a fake clock and a record of the log. Deleted when the test ends.
/// </summary>
public sealed class ScriptedJobDatabase : IAsyncDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"hub-jobs-test-{Guid.NewGuid():N}.db");
    private readonly ServiceProvider _services;

    private readonly string? _postgres;

    private ScriptedJobDatabase(IReadOnlyDictionary<string, string?> settings, string? postgres)
    {
        _postgres = postgres;
        var all = new Dictionary<string, string?>(settings);
        if (postgres is not null)
        {
            all[Data.HubDatabase.ProviderKey] = nameof(Data.DatabaseProvider.Postgres);
        }

        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(Log));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(Script);
        services.AddPeriodicJob<ScriptedJob>();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        services.AddHubCore(configuration, postgres ?? $"Data Source={_path}");
        _services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    public JobScript Script { get; } = new();

    public RecordingLoggerProvider Log { get; } = new();

    public IServiceProvider Services => _services;

    public static async Task<ScriptedJobDatabase> CreateAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var database = new ScriptedJobDatabase(settings, PostgresTestServer.Enabled ? await PostgresTestServer.CreateDatabaseAsync() : null);
        await database._services.InitialiseHubDatabaseAsync(seedFolder: null);
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_postgres is not null)
        {
            await PostgresTestServer.DropDatabaseAsync(_postgres);
            return;
        }

        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
