using Hub.Core.Accounts;
using Hub.Core.Profiles;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Tests;

/// <summary>How many profiles one account may create and manage; admins are exempt.</summary>
public class ProfileCreationLimitTests : IAsyncLifetime
{
    private TestDatabase _db = default!;
    private Person _alice = default!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(Worlds.Demo(), new Dictionary<string, string?> { ["Hub:Profiles:MaxManaged"] = "5" });
        _alice = await _db.CreatePersonAsync("alice@example.com", "Alice");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<Outcome<int>> Create(string userId) =>
        _db.RunAsync<ProfileEditor, Outcome<int>>(e => e.CreateAsync(userId, ProfileInputValidatorTests.ValidStartup()));

    private Task<int> ProfileCount() => _db.QueryAsync(c => c.Profiles.CountAsync());

    [Fact]
    public async Task TheFourthProfileIn30DaysIsRefusedWithTheDateItBecomesPossibleAndNothingIsStored()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.True((await Create(_alice.UserId)).Succeeded);
            _db.Clock.Advance(TimeSpan.FromDays(1));
        }

        var before = await ProfileCount();

        var fourth = await Create(_alice.UserId);

        Assert.Equal(OutcomeStatus.Conflict, fourth.Status);
        Assert.Equal("You can create 3 profiles in 30 days. You can create the next one from 26 December 2026.", fourth.Message);
        Assert.Equal(before, await ProfileCount());
    }

    [Fact]
    public async Task TheLimitLiftsWhenTheOldestCreationLeavesTheWindow()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.True((await Create(_alice.UserId)).Succeeded);
        }

        _db.Clock.Advance(TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1));
        Assert.Equal(OutcomeStatus.Conflict, (await Create(_alice.UserId)).Status);

        _db.Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.True((await Create(_alice.UserId)).Succeeded);
    }

    [Fact]
    public async Task LeavingACreatedProfileDoesNotGiveTheCreationBack()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.True((await Create(_alice.UserId)).Succeeded);
        }

        await _db.QueryAsync(c => c.ProfileMembers.Where(m => m.UserId == _alice.UserId).ExecuteDeleteAsync());

        Assert.Equal(OutcomeStatus.Conflict, (await Create(_alice.UserId)).Status);
    }

    [Fact]
    public async Task AnAccountThatManagesTheMostProfilesCannotCreateAnother()
    {
        var existing = await _db.QueryAsync(c => c.Profiles.OrderBy(p => p.Id).Take(5).Select(p => p.Id).ToListAsync());
        foreach (var id in existing)
        {
            await _db.JoinAsync(_alice, id, ProfileRole.Editor);
        }

        var before = await ProfileCount();

        var refused = await Create(_alice.UserId);

        Assert.Equal(OutcomeStatus.Conflict, refused.Status);
        Assert.Equal("You already manage 5 profiles, the most one person may. Hand one over to a colleague before you create another.", refused.Message);
        Assert.Equal(before, await ProfileCount());
    }

    [Fact]
    public async Task AdminsAreExempt()
    {
        var admin = (await _db.RunAsync<UserManager<HubUser>, HubUser?>(u => u.FindByEmailAsync("admin@hub.demo")))!.Id;

        for (var i = 0; i < 6; i++)
        {
            Assert.True((await Create(admin)).Succeeded);
        }
    }
}
