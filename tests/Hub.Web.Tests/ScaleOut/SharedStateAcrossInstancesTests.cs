using Hub.Core.Data;
using Hub.Core.Jobs;
using Hub.Core.Profiles;
using Hub.Matching.Serving;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Web.Tests.ScaleOut;

/// <summary>
/// Two Hub instances on one database and one clock the test moves: what one changes, the other's recommender sees within
/// its check interval; a model trained on one serves on the other; only one trains at a time.
/// </summary>
public sealed class SharedStateAcrossInstancesTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero));
    private readonly List<HubWebFactory> _instances = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var instance in Enumerable.Reverse(_instances))
        {
            await instance.DisposeAsync();
        }
    }

    private HubWebFactory Instance(string name, bool demoHistory = false)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Hub:InstanceName"] = name,
            ["Hub:Recommender:DemoHistory"] = demoHistory ? "true" : "false",
        };
        if (_instances.Count > 0)
        {
            // The same database as the first instance, whichever provider the run uses.
            foreach (var (key, value) in _instances[0].DatabaseSettings)
            {
                settings[key] = value;
            }
        }

        var factory = HubWebFactory.With(settings, _clock);
        _instances.Add(factory);
        _ = factory.Server;
        return factory;
    }

    private static async Task<string?> NameInSnapshotAsync(HubWebFactory instance, int profileId) =>
        (await instance.Services.GetRequiredService<WorldLoader>().CurrentAsync(fresh: true)).Find(profileId)?.Name;

    [Fact]
    public async Task AProfileEditedOnOneInstanceIsInTheOthersSnapshotAfterItsCheckInterval()
    {
        var a = Instance("a");
        var b = Instance("b");
        var (userId, profileId) = await a.DemoProfileAsync("startup@hub.demo");
        var before = await NameInSnapshotAsync(b, profileId);

        await using (var scope = a.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            var profile = await db.Profiles.Include(p => p.Tags).Include(p => p.FieldVisibilities).SingleAsync(p => p.Id == profileId);
            var input = ProfileInput.From(profile);
            input.Name = "Renamed on instance A";
            var saved = await scope.ServiceProvider.GetRequiredService<ProfileEditor>().UpdateAsync(userId, profileId, input);
            Assert.True(saved.Succeeded, saved.Message);
        }

        Assert.Equal("Renamed on instance A", await NameInSnapshotAsync(a, profileId));
        await using (var scope = b.Services.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<HubDbContext>().ChangeStamps.Where(s => s.Name == ChangeStamps.MatchingInputs).Select(s => s.Value).SingleAsync());
        }

        // B reads the shared stamp at most once per interval: not yet, then after it.
        Assert.Equal(before, await NameInSnapshotAsync(b, profileId));
        _clock.Advance(b.Services.GetRequiredService<MatchingInputChanges>().CheckInterval);
        Assert.Equal("Renamed on instance A", await NameInSnapshotAsync(b, profileId));
    }

    [Fact]
    public async Task AModelTrainedOnOneInstanceServesOnTheOther()
    {
        var b = Instance("b");
        var a = Instance("a", demoHistory: true);
        var trainerA = a.Services.GetRequiredService<RecommenderTrainer>();
        var trainerB = b.Services.GetRequiredService<RecommenderTrainer>();
        await trainerA.Ready.WaitAsync(Patience);
        Assert.True(trainerA.ServingVersion > 0, "instance A trained the demo model at start");
        Assert.Equal(0, trainerB.ServingVersion);

        using var deadline = new CancellationTokenSource(Patience);
        while (trainerB.ServingVersion != trainerA.ServingVersion)
        {
            _clock.Advance(TimeSpan.FromSeconds(2));
            await Task.Delay(50, deadline.Token);
        }

        Assert.Equal($"learned v{trainerA.ServingVersion}", b.Services.GetRequiredService<RecommenderState>().Scorer.Name);
    }

    [Fact]
    public async Task WhileOneInstanceTrainsTheOtherRefusesToStartAndSaysWhy()
    {
        var a = Instance("a");
        var b = Instance("b");
        var jobsA = a.Services.GetRequiredService<JobHost>();
        var trainerB = b.Services.GetRequiredService<RecommenderTrainer>();
        Assert.True(await jobsA.TryLeaseAsync(RecommenderTrainer.TrainingLease));

        var refused = await trainerB.RequestTrainingAsync("admin");
        var trained = await trainerB.TrainAsync("admin", CancellationToken.None);

        Assert.NotNull(refused);
        Assert.Contains("training run has been going", refused, StringComparison.Ordinal);
        Assert.Null(trained);
        Assert.Contains("another instance", b.Services.GetRequiredService<RecommenderState>().Progress.Message, StringComparison.Ordinal);
        await jobsA.ReleaseAsync(RecommenderTrainer.TrainingLease, true, "done");
        Assert.True(await b.Services.GetRequiredService<JobHost>().TryLeaseAsync(RecommenderTrainer.TrainingLease));
    }
}
