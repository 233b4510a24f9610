using Hub.Core;
using Hub.Core.Accounts;
using Hub.Core.Data;
using Hub.Core.Profiles;
using Hub.Core.Recommendations;
using Hub.Matching.Learning;
using Hub.Matching.Serving;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Matching.Tests;

/// <summary>A real SQLite database with Hub's migrations, Core and Matching registered as in the app, on a fake clock.</summary>
public sealed class SignalStore : IAsyncDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"hub-signals-{Guid.NewGuid():N}.db");
    private readonly ServiceProvider _services;

    private SignalStore(IReadOnlyDictionary<string, string?>? settings)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        services.AddHubCore(configuration, $"Data Source={_path}");
        services.AddHubMatching(configuration);
        _services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    public IServiceProvider Services => _services;

    public static async Task<SignalStore> CreateAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var store = new SignalStore(settings);
        await store._services.InitialiseHubDatabaseAsync(seedFolder: null);
        return store;
    }

    public async Task<T> RunAsync<TService, T>(Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task<T> QueryAsync<T>(Func<HubDbContext, Task<T>> query) => RunAsync(query);

    /// <summary>A profile, optionally managed by a new account; returns the profile's id and the account's.</summary>
    public Task<(int ProfileId, string UserId)> ProfileAsync(string name, ProfileKind kind = ProfileKind.Startup) => QueryAsync(async db =>
    {
        var user = new HubUser { UserName = $"{name}@example.com", Email = $"{name}@example.com", DisplayName = name };
        db.Users.Add(user);
        var profile = new Profile { Kind = kind, Name = name, Headline = name, Country = "LU" };
        profile.Members.Add(new ProfileMember { UserId = user.Id });
        db.Profiles.Add(profile);
        await db.SaveChangesAsync();
        return (profile.Id, user.Id);
    });

    public Task<int> AddAsync(params InteractionSignal[] signals) => QueryAsync(db =>
    {
        db.InteractionSignals.AddRange(signals);
        return db.SaveChangesAsync();
    });

    public InteractionSignal Signal(int seeker, int candidate, SignalKind kind, string? userId, DateTime? at = null) => new()
    {
        SeekerProfileId = seeker, CandidateProfileId = candidate, Kind = kind, UserId = userId, Source = userId is null ? "import:test" : "app",
        CreatedAt = at ?? Clock.GetUtcNow().UtcDateTime,
    };

    /// <summary>What training would read now, in a stable order.</summary>
    public Task<List<LabelSignal>> TrainingSignalsAsync() => RunAsync<TrainingSignals, List<LabelSignal>>(async t =>
    {
        var all = new List<LabelSignal>();
        await foreach (var s in t.ReadAsync())
        {
            all.Add(s);
        }

        return all.OrderBy(s => s.SeekerId).ThenBy(s => s.CandidateId).ThenBy(s => s.Kind).ToList();
    });

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }
}
