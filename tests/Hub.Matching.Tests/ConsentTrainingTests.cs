using Hub.Core;
using Hub.Core.Recommendations;
using Hub.Matching.Learning;
using Microsoft.EntityFrameworkCore;

namespace Hub.Matching.Tests;

/// <summary>A withdrawn consent takes the person's signals out of training, and is recorded in the audit log.</summary>
public sealed class ConsentTrainingTests : IAsyncLifetime
{
    private SignalStore _store = default!;

    public async Task InitializeAsync() => _store = await SignalStore.CreateAsync();

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task AfterWithdrawingTheirSignalsAndTheirProfilesSignalsAreNotReadForTraining()
    {
        var (alice, aliceUser) = await _store.ProfileAsync("alice");
        var (bob, bobUser) = await _store.ProfileAsync("bob");
        var (fund, _) = await _store.ProfileAsync("fund", Hub.Core.Profiles.ProfileKind.Investor);
        await _store.AddAsync(
            _store.Signal(alice, fund, SignalKind.Saved, aliceUser),
            _store.Signal(alice, fund, SignalKind.Impression, null),
            _store.Signal(bob, fund, SignalKind.Viewed, aliceUser),
            _store.Signal(bob, fund, SignalKind.IntroductionRequested, bobUser),
            _store.Signal(bob, alice, SignalKind.Saved, bobUser));
        Assert.Equal(5, (await _store.TrainingSignalsAsync()).Count);

        var withdrawn = await _store.RunAsync<PersonalisationConsents, Outcome>(c => c.SetAsync(aliceUser, false));

        Assert.True(withdrawn.Succeeded);
        // Bob's own activity stays, even about Alice's profile; everything Alice did, or that her profile recorded, goes.
        Assert.Equal(
            [new LabelSignal(bob, alice, SignalKind.Saved), new LabelSignal(bob, fund, SignalKind.IntroductionRequested)],
            await _store.TrainingSignalsAsync());
        Assert.True(await _store.RunAsync<PersonalisationConsents, bool>(c => c.IsGivenAsync(bobUser)));
        Assert.False(await _store.RunAsync<PersonalisationConsents, bool>(c => c.IsGivenAsync(aliceUser)));

        Assert.True((await _store.RunAsync<PersonalisationConsents, Outcome>(c => c.SetAsync(aliceUser, true))).Succeeded);
        Assert.Equal(5, (await _store.TrainingSignalsAsync()).Count);
    }

    [Fact]
    public async Task EachChangeOfConsentIsAuditedOnce()
    {
        var (_, user) = await _store.ProfileAsync("alice");

        await _store.RunAsync<PersonalisationConsents, Outcome>(c => c.SetAsync(user, false));
        await _store.RunAsync<PersonalisationConsents, Outcome>(c => c.SetAsync(user, false));
        await _store.RunAsync<PersonalisationConsents, Outcome>(c => c.SetAsync(user, true));

        var entries = await _store.QueryAsync(db => db.AuditEntries.Where(e => e.ActorUserId == user).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal(Hub.Core.Audit.AuditAction.ConsentChanged, e.Action));
        Assert.StartsWith("Withdrew", entries[0].Detail, StringComparison.Ordinal);
        Assert.StartsWith("Gave", entries[1].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithPersonalisationOffByDefaultOnlyThoseWhoOptedInAreRead()
    {
        await using var store = await SignalStore.CreateAsync(new Dictionary<string, string?> { ["Hub:Recommendations:PersonaliseByDefault"] = "false" });
        var (alice, aliceUser) = await store.ProfileAsync("alice");
        var (fund, _) = await store.ProfileAsync("fund", Hub.Core.Profiles.ProfileKind.Investor);
        await store.AddAsync(store.Signal(alice, fund, SignalKind.Saved, aliceUser));
        Assert.Empty(await store.TrainingSignalsAsync());

        await store.RunAsync<PersonalisationConsents, Outcome>(c => c.SetAsync(aliceUser, true));

        Assert.Single(await store.TrainingSignalsAsync());
    }
}
