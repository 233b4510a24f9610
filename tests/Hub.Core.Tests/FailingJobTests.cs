using Hub.Core.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Core.Tests;

public class FailingJobTests : IAsyncLifetime
{
    private ScriptedJobDatabase _db = default!;

    public async Task InitializeAsync() => _db = await ScriptedJobDatabase.CreateAsync(new Dictionary<string, string?> { ["Hub:Jobs:RetryDelay"] = "00:02:00" });

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private JobHost Host => _db.Services.GetRequiredService<JobHost>();

    private DateTime Now => _db.Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task AFailingJobIsLoggedRecordedAsFailedAndDoesNotStopTheOthers()
    {
        _db.Script.Fail = true;

        var ran = await Host.RunWatchedAsync();

        Assert.Equal([ScriptedJob.JobName, JobRows.Digest, JobRows.Expiry], ran);
        var row = await _db.Services.RowAsync(ScriptedJob.JobName);
        Assert.Equal((false, "Failed: The archive is unreachable.", 1), (row.LastSucceeded, row.LastOutcome, row.ConsecutiveFailures));
        Assert.Null(row.LeasedBy);
        var logged = Assert.Single(_db.Log.Entries, e => e.Level >= LogLevel.Error);
        Assert.Equal(typeof(JobHost).FullName, logged.Category);
        Assert.Contains(ScriptedJob.JobName, logged.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(logged.Exception);
        Assert.True((await _db.Services.RowAsync(JobRows.Expiry)).LastSucceeded);
    }

    [Fact]
    public async Task AFailedJobIsRetriedAfterTheRetryDelayAndNotBefore()
    {
        _db.Script.Fail = true;
        await Host.RunWatchedAsync();
        Assert.Equal(Now + TimeSpan.FromMinutes(2), (await _db.Services.RowAsync(ScriptedJob.JobName)).NextRunAt);

        _db.Clock.Advance(TimeSpan.FromMinutes(2) - TimeSpan.FromSeconds(1));
        Assert.DoesNotContain(ScriptedJob.JobName, await Host.RunWatchedAsync());
        Assert.Equal(1, _db.Script.Runs);

        _db.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Contains(ScriptedJob.JobName, await Host.RunWatchedAsync());
        Assert.Equal(2, _db.Script.Runs);
        Assert.Equal(2, (await _db.Services.RowAsync(ScriptedJob.JobName)).ConsecutiveFailures);

        _db.Script.Fail = false;
        _db.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Contains(ScriptedJob.JobName, await Host.RunWatchedAsync());
        var row = await _db.Services.RowAsync(ScriptedJob.JobName);
        Assert.Equal((true, "Run 3 done.", 0, Now + TimeSpan.FromHours(1)), (row.LastSucceeded, row.LastOutcome, row.ConsecutiveFailures, row.NextRunAt));
    }

    [Fact]
    public async Task AWatermarkIsCarriedFromRunToRunAndKeptThroughAFailedRun()
    {
        await Host.RunWatchedAsync();
        Assert.Equal(1, (await _db.Services.RowAsync(ScriptedJob.JobName)).Watermark);

        _db.Script.Fail = true;
        _db.Clock.Advance(TimeSpan.FromHours(1));
        await Host.RunWatchedAsync();
        Assert.Equal(2, (await _db.Services.RowAsync(ScriptedJob.JobName)).Watermark);

        _db.Script.Fail = false;
        _db.Clock.Advance(TimeSpan.FromMinutes(2));
        await Host.RunWatchedAsync();

        Assert.Equal([null, 1, 2], _db.Script.WatermarksSeen);
        Assert.Equal(3, (await _db.Services.RowAsync(ScriptedJob.JobName)).Watermark);
    }
}
