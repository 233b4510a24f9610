using Hub.Core.Introductions;

namespace Hub.Core.Tests;

/// <summary>The daily and pending caps, set low through configuration as an operator would.</summary>
public class IntroductionLimitTests : IAsyncLifetime
{
    private TestDatabase _db = default!;
    private Person _sam = default!;
    private List<Person> _recipients = [];

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(Worlds.Demo(), new Dictionary<string, string?>
        {
            ["Hub:Introductions:MaxPerDay"] = "2",
            ["Hub:Introductions:MaxPendingPerSender"] = "3",
        });
        _sam = await _db.PersonAsync("startup@hub.demo");
        _recipients = [];
        foreach (var email in new[] { "investor@hub.demo", "researcher@hub.demo", "company@hub.demo", "compute@hub.demo" })
        {
            _recipients.Add(await _db.PersonAsync(email));
        }
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task TheDailyCapRefusesTheNextIntroductionSaysHowManyAndStoresNothing()
    {
        Assert.True((await _db.IntroduceAsync(_sam, _recipients[0])).Succeeded);
        Assert.True((await _db.IntroduceAsync(_sam, _recipients[1])).Succeeded);
        var before = await _db.CountRowsAsync();
        var pushes = _db.Pushes.Sent.Count;

        var third = await _db.IntroduceAsync(_sam, _recipients[2]);

        Assert.Equal(OutcomeStatus.Conflict, third.Status);
        Assert.Contains("2 introductions a day", third.Message, StringComparison.Ordinal);
        Assert.Equal(before, await _db.CountRowsAsync());
        Assert.Empty(_db.PushesSince(pushes));
    }

    [Fact]
    public async Task TheDailyCapLiftsADayLater()
    {
        Assert.True((await _db.IntroduceAsync(_sam, _recipients[0])).Succeeded);
        Assert.True((await _db.IntroduceAsync(_sam, _recipients[1])).Succeeded);
        _db.Clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal(OutcomeStatus.Conflict, (await _db.IntroduceAsync(_sam, _recipients[2])).Status);

        _db.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));

        Assert.True((await _db.IntroduceAsync(_sam, _recipients[2])).Succeeded);
    }

    [Fact]
    public async Task TooManyPendingIntroductionsRefuseTheNextUntilOneIsWithdrawn()
    {
        var first = await _db.IntroduceAsync(_sam, _recipients[0]);
        await _db.IntroduceAsync(_sam, _recipients[1]);
        _db.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        Assert.True((await _db.IntroduceAsync(_sam, _recipients[2])).Succeeded);
        var before = await _db.CountRowsAsync();

        var fourth = await _db.IntroduceAsync(_sam, _recipients[3]);

        Assert.Equal(OutcomeStatus.Conflict, fourth.Status);
        Assert.Contains("3 introductions waiting", fourth.Message, StringComparison.Ordinal);
        Assert.Equal(before, await _db.CountRowsAsync());
        Assert.True((await _db.RunAsync<IntroductionService, Outcome>(s => s.WithdrawAsync(_sam.UserId, first.Value))).Succeeded);
        Assert.True((await _db.IntroduceAsync(_sam, _recipients[3])).Succeeded);
    }
}
