using Hub.Core.Jobs;
using Hub.Core.Recommendations;
using Hub.Matching.Learning;
using Microsoft.EntityFrameworkCore;

namespace Hub.Matching.Tests;

/// <summary>Old impressions and views become daily counts; training reads them as it read the raw rows.</summary>
public sealed class SignalFoldingTests : IAsyncLifetime
{
    private SignalStore _store = default!;
    private int _alice;
    private string _aliceUser = "";
    private int _fund;
    private int _lab;

    public async Task InitializeAsync()
    {
        _store = await SignalStore.CreateAsync(new Dictionary<string, string?> { ["Hub:Recommendations:RawSignalDays"] = "90" });
        (_alice, _aliceUser) = await _store.ProfileAsync("alice");
        (_fund, _) = await _store.ProfileAsync("fund", Hub.Core.Profiles.ProfileKind.Investor);
        (_lab, _) = await _store.ProfileAsync("lab", Hub.Core.Profiles.ProfileKind.Researcher);
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    private DateTime DaysAgo(double days) => _store.Clock.GetUtcNow().UtcDateTime.AddDays(-days);

    private Task<string> RunJobAsync() => _store.RunAsync<SignalFoldingJob, string>(j => j.RunAsync(new JobRun(null, _store.Clock.GetUtcNow().UtcDateTime), CancellationToken.None));

    private Task<List<DailySignalCount>> CountsAsync() =>
        _store.QueryAsync(db => db.DailySignalCounts.AsNoTracking().OrderBy(c => c.Day).ThenBy(c => c.CandidateProfileId).ThenBy(c => c.Kind).ToListAsync());

    [Fact]
    public async Task RawImpressionsAndViewsPastTheRetentionPeriodBecomeDailyCountsAndTrainingReadsTheSameLabels()
    {
        var old = DaysAgo(120);
        await _store.AddAsync(
            _store.Signal(_alice, _fund, SignalKind.Impression, null, old),
            _store.Signal(_alice, _fund, SignalKind.Impression, null, old.AddHours(2)),
            _store.Signal(_alice, _fund, SignalKind.Impression, null, old.AddDays(1)),
            _store.Signal(_alice, _fund, SignalKind.Viewed, _aliceUser, old),
            _store.Signal(_alice, _lab, SignalKind.Saved, _aliceUser, old),
            _store.Signal(_alice, _lab, SignalKind.Impression, _aliceUser, DaysAgo(10)));
        var before = (await _store.TrainingSignalsAsync()).Distinct().ToList();

        var summary = await RunJobAsync();

        Assert.Equal("4 raw impressions and views folded into daily counts.", summary);
        var day = DateOnly.FromDateTime(old);
        Assert.Equal(
            [(day, _fund, SignalKind.Impression, 2), (day, _fund, SignalKind.Viewed, 1), (day.AddDays(1), _fund, SignalKind.Impression, 1)],
            (await CountsAsync()).Select(c => (c.Day, c.CandidateProfileId, c.Kind, c.Count)));
        // What is not an impression or a view, and what is recent, stays raw.
        var raw = await _store.QueryAsync(db => db.InteractionSignals.AsNoTracking().OrderBy(s => s.Id).Select(s => s.Kind).ToListAsync());
        Assert.Equal([SignalKind.Saved, SignalKind.Impression], raw);
        Assert.Equal(before, (await _store.TrainingSignalsAsync()).Distinct().ToList());
    }

    [Fact]
    public async Task FoldingAgainAddsToTheDaysCountAndFoldsNothingTwice()
    {
        var old = DaysAgo(100);
        await _store.AddAsync(_store.Signal(_alice, _fund, SignalKind.Impression, null, old));
        await RunJobAsync();
        Assert.Equal("0 raw impressions and views folded into daily counts.", await RunJobAsync());

        await _store.AddAsync(_store.Signal(_alice, _fund, SignalKind.Impression, null, old.AddMinutes(5)));
        await RunJobAsync();

        Assert.Equal(2, Assert.Single(await CountsAsync()).Count);
        Assert.Equal(0, await _store.QueryAsync(db => db.InteractionSignals.CountAsync()));
    }

    [Fact]
    public async Task ASignalIsFoldedOnlyOnceItsWholeDayIsPastTheRetentionPeriod()
    {
        await _store.AddAsync(_store.Signal(_alice, _fund, SignalKind.Viewed, _aliceUser, DaysAgo(89)));
        await RunJobAsync();
        Assert.Empty(await CountsAsync());

        _store.Clock.Advance(TimeSpan.FromDays(1));
        await RunJobAsync();
        Assert.Empty(await CountsAsync());

        _store.Clock.Advance(TimeSpan.FromDays(1));
        await RunJobAsync();

        Assert.Equal(SignalKind.Viewed, Assert.Single(await CountsAsync()).Kind);
    }

    [Fact]
    public async Task FoldedCountsOfSomeoneWhoWithdrewConsentAreNotReadForTraining()
    {
        await _store.AddAsync(_store.Signal(_alice, _fund, SignalKind.Viewed, _aliceUser, DaysAgo(120)));
        await RunJobAsync();
        Assert.Equal([new LabelSignal(_alice, _fund, SignalKind.Viewed)], await _store.TrainingSignalsAsync());

        await _store.RunAsync<PersonalisationConsents, Hub.Core.Outcome>(c => c.SetAsync(_aliceUser, false));

        Assert.Empty(await _store.TrainingSignalsAsync());
    }
}
