using Hub.Core.Data;
using Hub.Core.Recommendations;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Tests;

/// <summary>Reloading "For you" cannot inflate a competitor's impressions: one per viewer, candidate and UTC day.</summary>
public class ImpressionLogTests : IAsyncLifetime
{
    private TestDatabase _db = default!;
    private Person _sam = default!;
    private int[] _candidates = [];

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(Worlds.Demo());
        _sam = await _db.PersonAsync("startup@hub.demo");
        _candidates = await _db.QueryAsync(c => c.Profiles.Where(p => p.Id != _sam.ProfileId).OrderBy(p => p.Id).Take(3).Select(p => p.Id).ToArrayAsync());
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<int> Record(params int[] candidates) => _db.RunAsync<ImpressionLog, int>(l => l.RecordAsync(_sam.UserId, _sam.ProfileId, candidates));

    private Task<int> StoredAsync() =>
        _db.QueryAsync(c => c.InteractionSignals.CountAsync(s => s.SeekerProfileId == _sam.ProfileId && s.Kind == SignalKind.Impression && s.Source == "app"));

    [Fact]
    public async Task ShowingTheSameCandidatesTwiceOnOneDayStoresThemOnce()
    {
        Assert.Equal(3, await Record(_candidates));
        _db.Clock.Advance(TimeSpan.FromHours(10));

        Assert.Equal(0, await Record(_candidates));
        Assert.Equal(3, await StoredAsync());
    }

    [Fact]
    public async Task TheNextDayCountsAgain()
    {
        await Record(_candidates);
        _db.Clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal(3, await Record(_candidates));
        Assert.Equal(6, await StoredAsync());
    }

    [Fact]
    public async Task OnlyCandidatesNotYetCountedTodayAreAdded()
    {
        await Record(_candidates[0]);

        Assert.Equal(2, await Record(_candidates));
        Assert.Equal(3, await StoredAsync());
    }

    [Fact]
    public async Task ReloadsAtTheSameMomentStillCountOnce()
    {
        using var start = new ManualResetEventSlim();
        var reloads = Enumerable.Range(0, 6).Select(_ => Task.Run(() =>
        {
            start.Wait();
            return Record(_candidates);
        })).ToList();
        start.Set();
        var added = await Task.WhenAll(reloads);

        Assert.Equal(3, added.Sum());
        Assert.Equal(3, await StoredAsync());
    }

    [Fact]
    public async Task TheDatabaseRefusesASecondImpressionForTheSameDayWhoeverWritesIt()
    {
        await Record(_candidates[0]);
        var day = DateOnly.FromDateTime(_db.Clock.GetUtcNow().UtcDateTime);

        await Assert.ThrowsAsync<DbUpdateException>(() => _db.QueryAsync(c =>
        {
            c.InteractionSignals.Add(new InteractionSignal
            {
                SeekerProfileId = _sam.ProfileId, CandidateProfileId = _candidates[0], Kind = SignalKind.Impression, Source = "app",
                CreatedAt = _db.Clock.GetUtcNow().UtcDateTime, ImpressionDay = day,
            });
            return c.SaveChangesAsync();
        }));
    }
}
