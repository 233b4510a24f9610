using Hub.Core.Events;
using Hub.Core.Introductions;
using Hub.Core.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Tests;

/// <summary>Caps that count per account too: a second profile does not buy a second allowance.</summary>
public class AccountCapTests : IAsyncLifetime
{
    private TestDatabase _db = default!;
    private Person _samA = default!;
    private Person _samB = default!;
    private List<Person> _investors = [];

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(Worlds.Demo(), new Dictionary<string, string?>
        {
            ["Hub:Introductions:MaxPerDay"] = "5",
            ["Hub:Introductions:MaxPendingPerSender"] = "5",
            ["Hub:Introductions:MaxPerDayPerAccount"] = "3",
            ["Hub:Introductions:MaxPendingPerAccount"] = "4",
            ["Hub:Events:MaxPendingRequests"] = "5",
            ["Hub:Events:MaxPendingRequestsPerAccount"] = "2",
        });
        _samA = await _db.PersonAsync("startup@hub.demo");
        var second = await _db.QueryAsync(c => c.Profiles.Where(p => p.Kind == ProfileKind.Startup && p.Id != _samA.ProfileId)
            .OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        _samB = await _db.JoinAsync(_samA, second, ProfileRole.Owner);
        _investors = (await _db.QueryAsync(c => c.Profiles.Where(p => p.Kind == ProfileKind.Investor).OrderBy(p => p.Id).Take(8).Select(p => p.Id).ToListAsync()))
            .Select(id => new Person("", id, "")).ToList();
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task TheDailyCapCountsTheIntroductionsOfEveryProfileTheSenderManages()
    {
        Assert.True((await _db.IntroduceAsync(_samA, _investors[0])).Succeeded);
        Assert.True((await _db.IntroduceAsync(_samA, _investors[1])).Succeeded);
        Assert.True((await _db.IntroduceAsync(_samB, _investors[2])).Succeeded);
        var before = await _db.CountRowsAsync();

        // Profile B has sent one of its five; the account has sent three of its three.
        var fourth = await _db.IntroduceAsync(_samB, _investors[3]);

        Assert.Equal(OutcomeStatus.Conflict, fourth.Status);
        Assert.Equal("You can send 3 introductions a day across all the profiles you manage. Try again tomorrow.", fourth.Message);
        Assert.Equal(before, await _db.CountRowsAsync());
        _db.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        Assert.True((await _db.IntroduceAsync(_samB, _investors[3])).Succeeded);
    }

    [Fact]
    public async Task ThePendingCapCountsEveryProfileAndLiftsWhenOneIsWithdrawn()
    {
        var first = await _db.IntroduceAsync(_samA, _investors[0]);
        await _db.IntroduceAsync(_samA, _investors[1]);
        await _db.IntroduceAsync(_samB, _investors[2]);
        _db.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        Assert.True((await _db.IntroduceAsync(_samB, _investors[3])).Succeeded);
        var before = await _db.CountRowsAsync();

        var fifth = await _db.IntroduceAsync(_samB, _investors[4]);

        Assert.Equal(OutcomeStatus.Conflict, fifth.Status);
        Assert.Contains("Your profiles together have 4 introductions waiting for an answer", fifth.Message, StringComparison.Ordinal);
        Assert.Equal(before, await _db.CountRowsAsync());
        Assert.True((await _db.RunAsync<IntroductionService, Outcome>(s => s.WithdrawAsync(_samA.UserId, first.Value))).Succeeded);
        Assert.True((await _db.IntroduceAsync(_samB, _investors[4])).Succeeded);
    }

    [Fact]
    public async Task IntroductionsSentFromAProfileTheSenderLeftStillCount()
    {
        await _db.IntroduceAsync(_samB, _investors[0]);
        await _db.IntroduceAsync(_samB, _investors[1]);
        await _db.IntroduceAsync(_samB, _investors[2]);
        await _db.QueryAsync(c => c.ProfileMembers.Where(m => m.UserId == _samB.UserId && m.ProfileId == _samB.ProfileId).ExecuteDeleteAsync());

        var next = await _db.IntroduceAsync(_samA, _investors[3]);

        Assert.Equal(OutcomeStatus.Conflict, next.Status);
    }

    [Fact]
    public async Task MeetingRequestsAtAnEventCountEveryProfileTheSenderRegistered()
    {
        var olivia = await _db.PersonAsync("organiser@hub.demo");
        var eventId = await _db.CreateEventAsync(olivia);
        var a = await _db.RegisterAsync(_samA, eventId);
        var b = await _db.RegisterAsync(_samB, eventId);
        var others = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            others.Add(await _db.RegisterAsync(await _db.MemberOfKindAsync(ProfileKind.Investor, i), eventId));
        }

        await _db.ApproveAsync(olivia, eventId, [a, b, .. others]);
        Assert.True((await Request(a, others[0])).Succeeded);
        Assert.True((await Request(b, others[1])).Succeeded);
        var before = await _db.QueryAsync(c => c.MeetingRequests.CountAsync());

        var third = await Request(b, others[2]);

        Assert.Equal(OutcomeStatus.Conflict, third.Status);
        Assert.Contains("Your profiles at this event together have 2 requests waiting", third.Message, StringComparison.Ordinal);
        Assert.Equal(before, await _db.QueryAsync(c => c.MeetingRequests.CountAsync()));
    }

    private Task<Outcome<long>> Request(int from, int to) =>
        _db.RunAsync<MeetingRequests, Outcome<long>>(r => r.SendAsync(_samA.UserId, from, to, null));
}
