using Hub.Core.Introductions;
using Hub.Core.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Core.Tests;

public class JobHostTests : IAsyncLifetime
{
    private TestDatabase _db = default!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private JobHost Host => _db.Services.GetRequiredService<JobHost>();

    private DateTime Now => _db.Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task DueJobsRunAndTheirRowRecordsTheRun()
    {
        var ran = await Host.RunWatchedAsync();

        Assert.Equal(new[] { Digest, Expiry }.Order(), ran.Order());
        var expiry = await _db.Services.RowAsync(Expiry);
        Assert.Equal((true, "0 introductions expired.", 0), (expiry.LastSucceeded, expiry.LastOutcome, expiry.ConsecutiveFailures));
        Assert.Equal((Now, Now, Now + TimeSpan.FromMinutes(5)), (expiry.LastStartedAt, expiry.LastFinishedAt, expiry.NextRunAt));
        Assert.Equal((null, null), (expiry.LeasedBy, expiry.LeasedUntil));
        var digest = await _db.Services.RowAsync(Digest);
        Assert.Equal((true, "0 digests sent.", Now + TimeSpan.FromMinutes(15)), (digest.LastSucceeded, digest.LastOutcome, digest.NextRunAt));
    }

    [Fact]
    public async Task AJobIsNotRunAgainBeforeItsInterval()
    {
        await Host.RunWatchedAsync();

        Assert.Empty(await Host.RunWatchedAsync());
        _db.Clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        Assert.Empty(await Host.RunWatchedAsync());
        _db.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal([Expiry], await Host.RunWatchedAsync());
        _db.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(new[] { Digest, Expiry }.Order(), (await Host.RunWatchedAsync()).Order());
    }

    [Fact]
    public async Task AJobWhoseLeaseAnotherInstanceHoldsIsNotRunUntilTheLeaseLapses()
    {
        await _db.Services.SaveRowAsync(new PeriodicJobState { Name = Expiry, NextRunAt = Now, LeasedBy = "another-instance", LeasedUntil = Now.AddMinutes(5) });

        Assert.Equal([Digest], await Host.RunWatchedAsync());
        var held = await _db.Services.RowAsync(Expiry);
        Assert.Equal(("another-instance", (DateTime?)null), (held.LeasedBy, held.LastStartedAt));

        _db.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Empty(await Host.RunWatchedAsync());
        _db.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal([Expiry], await Host.RunWatchedAsync());
        var taken = await _db.Services.RowAsync(Expiry);
        Assert.Equal(((string?)null, true, (DateTime?)Now), (taken.LeasedBy, taken.LastSucceeded, taken.LastStartedAt));
    }

    private static async Task RenewedAsync(LeaseKeeper keeper, int renewals)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (keeper.Renewals < renewals)
        {
            await Task.Delay(10, patience.Token);
        }
    }

    [Fact]
    public async Task ALeaseKeptThroughLongWorkIsNotTakenByAnotherInstanceWhenItsTermPasses()
    {
        using var trainer = _db.Services.NewInstance();
        using var other = _db.Services.NewInstance();
        Assert.True(await trainer.TryLeaseAsync("long.work"));

        await using (var keeper = trainer.KeepLease("long.work"))
        {
            // Three terms of the lease (10 minutes each), renewed every third of a term.
            for (var tick = 1; tick <= 9; tick++)
            {
                _db.Clock.Advance(TimeSpan.FromMinutes(10) / 3);
                await RenewedAsync(keeper, tick);
            }

            Assert.False(await other.TryLeaseAsync("long.work"));
        }

        // Once the work ends and nobody renews, the lease lapses after one term.
        _db.Clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));
        Assert.True(await other.TryLeaseAsync("long.work"));
        Assert.False(await trainer.RenewAsync("long.work"));
    }

    [Fact]
    public async Task TwoInstancesOverOneDatabaseRunEachDueJobOnce()
    {
        using var first = _db.Services.NewInstance();
        using var second = _db.Services.NewInstance();
        Assert.NotEqual(first.InstanceId, second.InstanceId);

        var together = await Task.WhenAll(Task.Run(() => first.RunWatchedAsync()), Task.Run(() => second.RunWatchedAsync()));

        Assert.Equal(new[] { Digest, Expiry }.Order(), together.SelectMany(r => r).Order());
        _db.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(new[] { Digest, Expiry }.Order(), (await second.RunWatchedAsync()).Order());
        Assert.Empty(await first.RunWatchedAsync());
    }

    [Fact]
    public async Task TheExpiryJobExpiresDueIntroductionsAndRecordsHowMany()
    {
        await _db.SeedAsync(Worlds.Demo());
        var sam = await _db.PersonAsync("startup@hub.demo");
        var ines = await _db.PersonAsync("investor@hub.demo");
        var sent = await _db.IntroduceAsync(sam, ines);
        _db.Clock.Advance(TimeSpan.FromDays(14));

        await Host.RunWatchedAsync();

        Assert.Equal(IntroductionStatus.Expired, (await _db.IntroductionAsync(sent.Value)).Status);
        Assert.Equal("1 introductions expired.", (await _db.Services.RowAsync(Expiry)).LastOutcome);
    }

    private const string Digest = JobRows.Digest;
    private const string Expiry = JobRows.Expiry;
}
