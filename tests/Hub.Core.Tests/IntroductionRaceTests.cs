using Hub.Core.Introductions;
using Hub.Core.Notifications;
using Hub.Core.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Tests;

/// <summary>
/// Answers that race on one introduction, each in its own scope and connection as people clicking at once would:
/// exactly one lands, the state it leaves is whole, and the others are told and change nothing.
/// </summary>
public class IntroductionRaceTests : IAsyncLifetime
{
    // Several introductions per test, so a race that only sometimes overlaps still shows a lost update.
    private const int Rounds = 5;

    private static readonly string[] LoserMessages =
        ["The introduction was answered meanwhile; reload it.", "This introduction is no longer waiting for an answer.", "Only a pending introduction can be withdrawn."];

    private TestDatabase _db = default!;
    private Person _ines = default!;   // investor@hub.demo, owner of the recipient
    private Person _petra = default!;  // editor of the same investor

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(Worlds.Demo());
        _ines = await _db.PersonAsync("investor@hub.demo");
        _petra = await _db.JoinAsync(await _db.CreatePersonAsync("petra@example.com", "Petra Partner"), _ines.ProfileId, ProfileRole.Editor);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task OfSeveralAcceptsAtOnceExactlyOneOpensTheOneConversation()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var sender = await _db.MemberOfKindAsync(ProfileKind.Startup, 40 + round);
            var id = await SendAsync(sender);

            var outcomes = await RaceAsync(() => Accept(_ines, id), () => Accept(_petra, id), () => Accept(_ines, id), () => Accept(_petra, id));

            var winner = Assert.Single(outcomes, o => o.Succeeded);
            AssertLosersTold(outcomes);
            var conversation = Assert.Single(await _db.QueryAsync(c => c.Conversations.Where(x => x.IntroductionId == id).ToListAsync()));
            var introduction = await _db.IntroductionAsync(id);
            Assert.Equal((IntroductionStatus.Accepted, conversation.Id), (introduction.Status, introduction.ConversationId));
            Assert.Equal(conversation.Id, ((Outcome<long>)winner).Value);
            Assert.Single(await _db.NotificationsOfAsync(sender.UserId), n => n.Type == NotificationType.IntroductionAccepted);
        }
    }

    [Fact]
    public async Task AcceptRacingWithdrawEndsEitherAcceptedWithAConversationOrWithdrawnWithoutOne()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var sender = await _db.MemberOfKindAsync(ProfileKind.Startup, 50 + round);
            var id = await SendAsync(sender);

            var outcomes = await RaceAsync(() => Accept(_ines, id), () => Withdraw(sender, id));

            Assert.Single(outcomes, o => o.Succeeded);
            AssertLosersTold(outcomes);
            await AssertWholeAsync(id, sender, accepted: outcomes[0].Succeeded, IntroductionStatus.Withdrawn, NotificationType.IntroductionWithdrawn, _ines);
        }
    }

    [Fact]
    public async Task DeclineRacingAcceptEndsEitherAcceptedWithAConversationOrDeclinedWithoutOne()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var sender = await _db.MemberOfKindAsync(ProfileKind.Startup, 60 + round);
            var id = await SendAsync(sender);

            var outcomes = await RaceAsync(() => Accept(_petra, id), () => Decline(_ines, id));

            Assert.Single(outcomes, o => o.Succeeded);
            AssertLosersTold(outcomes);
            await AssertWholeAsync(id, sender, accepted: outcomes[0].Succeeded, IntroductionStatus.Declined, NotificationType.IntroductionDeclined, sender);
        }
    }

    private async Task AssertWholeAsync(long id, Person sender, bool accepted, IntroductionStatus otherwise, NotificationType otherNotice, Person toldOfOther)
    {
        var introduction = await _db.IntroductionAsync(id);
        var conversations = await _db.QueryAsync(c => c.Conversations.Where(x => x.IntroductionId == id).Select(x => x.Id).ToListAsync());
        if (accepted)
        {
            Assert.Equal(IntroductionStatus.Accepted, introduction.Status);
            Assert.Equal(introduction.ConversationId, Assert.Single(conversations));
            Assert.Single(await _db.NotificationsOfAsync(sender.UserId), n => n.Type == NotificationType.IntroductionAccepted);
            // Only this round's introduction: an earlier round may rightly have ended the other way.
            Assert.DoesNotContain(await _db.NotificationsOfAsync(toldOfOther.UserId), n => n.Type == otherNotice && n.Target == NotificationTarget.Introduction(id));
        }
        else
        {
            Assert.Equal(otherwise, introduction.Status);
            Assert.Null(introduction.ConversationId);
            Assert.Empty(conversations);
            Assert.DoesNotContain(await _db.NotificationsOfAsync(sender.UserId), n => n.Type == NotificationType.IntroductionAccepted);
            Assert.Single(await _db.NotificationsOfAsync(toldOfOther.UserId), n => n.Type == otherNotice && n.Target == NotificationTarget.Introduction(id));
        }
    }

    private static void AssertLosersTold(IEnumerable<IOutcome> outcomes) => Assert.All(outcomes.Where(o => !o.Succeeded), o =>
    {
        Assert.Equal(OutcomeStatus.Conflict, o.Status);
        Assert.Contains(o.Message, LoserMessages);
    });

    /// <summary>Starts every answer at the same moment on its own thread and waits for all of them.</summary>
    private static async Task<IOutcome[]> RaceAsync(params Func<Task<IOutcome>>[] answers)
    {
        using var start = new ManualResetEventSlim();
        var racing = answers.Select(answer => Task.Run(() =>
        {
            start.Wait();
            return answer();
        })).ToList();
        start.Set();
        return await Task.WhenAll(racing);
    }

    private async Task<long> SendAsync(Person from)
    {
        var sent = await _db.IntroduceAsync(from, _ines);
        Assert.True(sent.Succeeded, sent.Message);
        return sent.Value;
    }

    private async Task<IOutcome> Accept(Person who, long id) => await _db.RunAsync<IntroductionService, Outcome<long>>(s => s.AcceptAsync(who.UserId, id));

    private async Task<IOutcome> Decline(Person who, long id) => await _db.RunAsync<IntroductionService, Outcome>(s => s.DeclineAsync(who.UserId, id, "Not our stage."));

    private async Task<IOutcome> Withdraw(Person who, long id) => await _db.RunAsync<IntroductionService, Outcome>(s => s.WithdrawAsync(who.UserId, id));
}
