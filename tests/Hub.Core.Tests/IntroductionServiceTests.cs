using Hub.Core.Conversations;
using Hub.Core.Introductions;
using Hub.Core.Notifications;
using Hub.Core.Profiles;
using Hub.Core.Recommendations;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Tests;

public class IntroductionServiceTests : IAsyncLifetime
{
    private TestDatabase _db = default!;
    private Person _sam = default!;       // startup@hub.demo, owner of a startup
    private Person _ines = default!;      // investor@hub.demo, owner of an investor
    private Person _petra = default!;     // editor of the same investor
    private Person _rui = default!;       // researcher@hub.demo
    private Person _stranger = default!;  // manages no profile

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(Worlds.Demo());
        _sam = await _db.PersonAsync("startup@hub.demo");
        _ines = await _db.PersonAsync("investor@hub.demo");
        _rui = await _db.PersonAsync("researcher@hub.demo");
        _petra = await _db.JoinAsync(await _db.CreatePersonAsync("petra@example.com", "Petra Partner"), _ines.ProfileId, ProfileRole.Editor);
        _stranger = await _db.CreatePersonAsync("stranger@example.com", "Stan Stranger");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<Outcome<long>> Accept(Person who, long id) => _db.RunAsync<IntroductionService, Outcome<long>>(s => s.AcceptAsync(who.UserId, id));

    private Task<Outcome> Decline(Person who, long id, string? reason = null) => _db.RunAsync<IntroductionService, Outcome>(s => s.DeclineAsync(who.UserId, id, reason));

    private Task<Outcome> Withdraw(Person who, long id) => _db.RunAsync<IntroductionService, Outcome>(s => s.WithdrawAsync(who.UserId, id));

    private Task<int> ExpireDue() => _db.RunAsync<IntroductionService, int>(s => s.ExpireDueAsync());

    private async Task<long> SendAsync(Person from, Person to)
    {
        var sent = await _db.IntroduceAsync(from, to);
        Assert.True(sent.Succeeded, sent.Message);
        return sent.Value;
    }

    [Fact]
    public async Task SendingStoresTheIntroductionAndTellsEveryMemberOfTheRecipientProfileOnly()
    {
        var sent = await _db.IntroduceAsync(_sam, _ines);

        Assert.True(sent.Succeeded, sent.Message);
        var introduction = await _db.IntroductionAsync(sent.Value);
        Assert.Equal((_sam.ProfileId, _ines.ProfileId, _sam.UserId, IntroductionStatus.Pending),
            (introduction.FromProfileId, introduction.ToProfileId, introduction.SenderUserId, introduction.Status));
        Assert.Equal(DemoPeople.Note, introduction.Note);
        Assert.Equal(_db.Clock.GetUtcNow().UtcDateTime.AddDays(14), introduction.ExpiresAt);

        var signal = await _db.QueryAsync(c => c.InteractionSignals.AsNoTracking().SingleAsync(s => s.Kind == SignalKind.IntroductionRequested));
        Assert.Equal((_sam.ProfileId, _ines.ProfileId, _sam.UserId), (signal.SeekerProfileId, signal.CandidateProfileId, signal.UserId));

        foreach (var member in new[] { _ines, _petra })
        {
            var notification = Assert.Single(await _db.NotificationsOfAsync(member.UserId));
            Assert.Equal(NotificationType.IntroductionReceived, notification.Type);
            Assert.Equal(NotificationTarget.Introduction(sent.Value), notification.Target);
            Assert.True(notification.Pushed);
            var pushed = Assert.Single(_db.Pushes.Sent, p => p.UserId == member.UserId);
            Assert.Equal("Notification", pushed.Event);
            var dto = Assert.IsType<NotificationDto>(pushed.Payload);
            Assert.Equal((notification.Id, nameof(NotificationType.IntroductionReceived)), (dto.Id, dto.Type));
            Assert.Equal(NotificationTarget.Introduction(sent.Value), dto.Target);
        }

        Assert.Empty(await _db.NotificationsOfAsync(_sam.UserId));
        Assert.Empty(await _db.NotificationsOfAsync(_stranger.UserId));
        Assert.Equal(new[] { _ines.UserId, _petra.UserId }.Order(), _db.Pushes.Sent.Select(p => p.UserId).Order());
    }

    [Fact]
    public async Task EachSideReadsWhyHubSuggestedTheMatchFromItsOwnSide()
    {
        var reasons = new IntroductionReasons(
            ["They invest €270k–€4.7M at Pre-seed, Seed; you raise €420k at Pre-seed"],
            ["They raise €420k at Pre-seed; you invest €270k–€4.7M at Pre-seed, Seed"]);
        var sent = await _db.RunAsync<IntroductionService, Outcome<long>>(s =>
            s.SendAsync(_sam.UserId, _sam.ProfileId, _ines.ProfileId, "We raise a pre-seed round for radiology AI and would value your view.", reasons));
        Assert.True(sent.Succeeded, sent.Message);

        var senderSees = Assert.Single(await _db.RunAsync<IntroductionInbox, IReadOnlyList<IntroductionView>>(i => i.ForUserAsync(_sam.UserId)));
        var recipientSees = Assert.Single(await _db.RunAsync<IntroductionInbox, IReadOnlyList<IntroductionView>>(i => i.ForUserAsync(_ines.UserId)));

        Assert.Equal(reasons.ForSender, senderSees.Reasons);
        Assert.Equal(reasons.ForRecipient, recipientSees.Reasons);
    }

    [Fact]
    public async Task TheInboxShowsAnIntroductionToBothSidesAndToNobodyElse()
    {
        var id = await SendAsync(_sam, _ines);

        var incoming = Assert.Single(await _db.RunAsync<IntroductionInbox, IReadOnlyList<IntroductionView>>(i => i.ForUserAsync(_petra.UserId)));
        var outgoing = Assert.Single(await _db.RunAsync<IntroductionInbox, IReadOnlyList<IntroductionView>>(i => i.ForUserAsync(_sam.UserId)));
        var strangers = await _db.RunAsync<IntroductionInbox, IReadOnlyList<IntroductionView>>(i => i.ForUserAsync(_stranger.UserId));

        Assert.Equal((id, true), (incoming.Id, incoming.Incoming));
        Assert.Equal((id, false), (outgoing.Id, outgoing.Incoming));
        Assert.Equal(["Both work on satellite imaging."], incoming.Reasons);
        Assert.Empty(strangers);
    }

    [Fact]
    public async Task ANoteTooShortIsInvalidAndNothingIsStored()
    {
        var before = await _db.CountRowsAsync();

        var sent = await _db.IntroduceAsync(_sam, _ines, "Let's talk!        ");

        Assert.Equal(OutcomeStatus.Invalid, sent.Status);
        Assert.Contains(nameof(Introduction.Note), sent.Errors.Keys);
        Assert.Equal(before, await _db.CountRowsAsync());
        Assert.Empty(_db.Pushes.Sent);
    }

    [Fact]
    public async Task SomeoneWhoDoesNotManageTheSendingProfileIsForbiddenAndNothingIsStored()
    {
        var before = await _db.CountRowsAsync();

        var byStranger = await _db.IntroduceAsync(_stranger with { ProfileId = _sam.ProfileId }, _ines);
        var byOtherMember = await _db.IntroduceAsync(_rui with { ProfileId = _sam.ProfileId }, _ines);

        Assert.Equal(OutcomeStatus.Forbidden, byStranger.Status);
        Assert.Equal(OutcomeStatus.Forbidden, byOtherMember.Status);
        Assert.Equal(before, await _db.CountRowsAsync());
        Assert.Empty(_db.Pushes.Sent);
    }

    [Fact]
    public async Task AnIntroductionToAnUnknownProfileOrToItselfIsNotFound()
    {
        var before = await _db.CountRowsAsync();

        Assert.Equal(OutcomeStatus.NotFound, (await _db.IntroduceAsync(_sam, _ines with { ProfileId = 999_999 })).Status);
        Assert.Equal(OutcomeStatus.NotFound, (await _db.IntroduceAsync(_sam, _sam)).Status);
        Assert.Equal(before, await _db.CountRowsAsync());
    }

    [Fact]
    public async Task ASecondPendingIntroductionBetweenTheSamePairIsAConflictInEitherDirection()
    {
        await SendAsync(_sam, _ines);
        var before = await _db.CountRowsAsync();
        var pushes = _db.Pushes.Sent.Count;

        var again = await _db.IntroduceAsync(_sam, _ines);
        var back = await _db.IntroduceAsync(_ines, _sam);

        Assert.Equal(OutcomeStatus.Conflict, again.Status);
        Assert.Equal(OutcomeStatus.Conflict, back.Status);
        Assert.Equal(before, await _db.CountRowsAsync());
        Assert.Empty(_db.PushesSince(pushes));
    }

    [Fact]
    public async Task ABlockedPairCannotExchangeIntroductionsEitherWay()
    {
        var blocked = await _db.RunAsync<ProfileBlocking, Outcome>(b => b.BlockAsync(_ines.UserId, _ines.ProfileId, _sam.ProfileId));
        Assert.True(blocked.Succeeded, blocked.Message);
        var before = await _db.CountRowsAsync();

        var toBlocker = await _db.IntroduceAsync(_sam, _ines);
        var fromBlocker = await _db.IntroduceAsync(_petra, _sam);

        Assert.Equal(OutcomeStatus.Conflict, toBlocker.Status);
        Assert.Equal(OutcomeStatus.Conflict, fromBlocker.Status);
        Assert.Equal(before, await _db.CountRowsAsync());
        Assert.Empty(_db.Pushes.Sent);
        Assert.True((await _db.IntroduceAsync(_rui, _ines)).Succeeded);
    }

    [Fact]
    public async Task OnlySomeoneWhoManagesAProfileCanBlockFromIt()
    {
        var blocked = await _db.RunAsync<ProfileBlocking, Outcome>(b => b.BlockAsync(_sam.UserId, _ines.ProfileId, _sam.ProfileId));

        Assert.Equal(OutcomeStatus.Forbidden, blocked.Status);
        Assert.Equal(0, (await _db.CountRowsAsync()).Blocks);
        Assert.True((await _db.IntroduceAsync(_sam, _ines)).Succeeded);
    }

    [Fact]
    public async Task AnAcceptedIntroductionOpensAConversationAndTellsTheSender()
    {
        var id = await SendAsync(_sam, _ines);
        var pushes = _db.Pushes.Sent.Count;

        var accepted = await Accept(_petra, id);

        Assert.True(accepted.Succeeded, accepted.Message);
        var conversation = await _db.QueryAsync(c => c.Conversations.AsNoTracking().SingleAsync());
        Assert.Equal((accepted.Value, _sam.ProfileId, _ines.ProfileId, id),
            (conversation.Id, conversation.ProfileAId, conversation.ProfileBId, conversation.IntroductionId));
        var introduction = await _db.IntroductionAsync(id);
        Assert.Equal((IntroductionStatus.Accepted, (long?)accepted.Value, _petra.UserId),
            (introduction.Status, introduction.ConversationId, introduction.AnsweredByUserId));
        Assert.True(await _db.QueryAsync(c => c.InteractionSignals.AnyAsync(s => s.Kind == SignalKind.IntroductionAccepted && s.UserId == _petra.UserId)));

        var told = (await _db.NotificationsOfAsync(_sam.UserId)).Single(n => n.Type == NotificationType.IntroductionAccepted);
        Assert.Equal(NotificationTarget.Conversation(accepted.Value), told.Target);
        var pushed = Assert.Single(_db.PushesSince(pushes));
        Assert.Equal((_sam.UserId, "Notification"), (pushed.UserId, pushed.Event));
        Assert.Equal(NotificationTarget.Conversation(accepted.Value), Assert.IsType<NotificationDto>(pushed.Payload).Target);
    }

    [Fact]
    public async Task AcceptingSharesTheEmailsOfTheTwoPeopleWhoActedWhenBothOptedIn()
    {
        await _db.ShareEmailAsync(_sam);
        await _db.ShareEmailAsync(_ines);
        var conversation = await _db.OpenConversationAsync(_sam, _ines);

        var header = await _db.RunAsync<Conversations.ConversationService, Outcome<Conversations.ConversationHeader>>(s => s.HeaderAsync(_sam.UserId, conversation));

        Assert.True(header.Succeeded, header.Message);
        Assert.Equal([new SharedContact("Sam Founder", "startup@hub.demo"), new SharedContact("Ines Investor", "investor@hub.demo")], header.Value!.SharedContacts);
    }

    [Fact]
    public async Task SomeoneWhoNeverOptedInIsLeftOutOfTheSharedContacts()
    {
        await _db.ShareEmailAsync(_sam);

        var conversation = await _db.OpenConversationAsync(_sam, _ines);
        var header = await _db.RunAsync<Conversations.ConversationService, Outcome<Conversations.ConversationHeader>>(s => s.HeaderAsync(_sam.UserId, conversation));

        Assert.Equal([new SharedContact("Sam Founder", "startup@hub.demo")], header.Value!.SharedContacts);
    }

    [Fact]
    public async Task SomeoneWhoStopsSharingDisappearsFromTheSharedContacts()
    {
        await _db.ShareEmailAsync(_sam);
        await _db.ShareEmailAsync(_ines);
        var conversation = await _db.OpenConversationAsync(_sam, _ines);

        await _db.ShareEmailAsync(_ines, share: false);
        var header = await _db.RunAsync<Conversations.ConversationService, Outcome<Conversations.ConversationHeader>>(s => s.HeaderAsync(_sam.UserId, conversation));

        Assert.Equal([new SharedContact("Sam Founder", "startup@hub.demo")], header.Value!.SharedContacts);
    }

    [Fact]
    public async Task AMemberWhoJoinedAfterTheConversationOpenedSeesNoContactsSharedBeforeAndTheFoundingMemberStillDoes()
    {
        await _db.ShareEmailAsync(_sam);
        await _db.ShareEmailAsync(_ines);
        var conversation = await _db.OpenConversationAsync(_sam, _ines);
        _db.Clock.Advance(TimeSpan.FromDays(1));
        var newcomer = await _db.JoinAsync(await _db.CreatePersonAsync("newcomer@fund.example", "Nora Newcomer"), _ines.ProfileId, ProfileRole.Editor);

        var theirs = await _db.RunAsync<Conversations.ConversationService, Outcome<Conversations.ConversationHeader>>(s => s.HeaderAsync(newcomer.UserId, conversation));
        var ines = await _db.RunAsync<Conversations.ConversationService, Outcome<Conversations.ConversationHeader>>(s => s.HeaderAsync(_ines.UserId, conversation));

        Assert.True(theirs.Succeeded, theirs.Message);
        Assert.Empty(theirs.Value!.SharedContacts);
        Assert.Contains(new SharedContact("Sam Founder", "startup@hub.demo"), ines.Value!.SharedContacts);
    }

    [Fact]
    public async Task OnlyTheRecipientProfileCanAnswerAnIntroduction()
    {
        var id = await SendAsync(_sam, _ines);
        var before = await _db.CountRowsAsync();

        Assert.Equal(OutcomeStatus.Forbidden, (await Accept(_sam, id)).Status);
        Assert.Equal(OutcomeStatus.Forbidden, (await Accept(_stranger, id)).Status);
        Assert.Equal(OutcomeStatus.Forbidden, (await Decline(_rui, id)).Status);
        Assert.Equal(OutcomeStatus.NotFound, (await Accept(_ines, id + 1000)).Status);

        Assert.Equal(IntroductionStatus.Pending, (await _db.IntroductionAsync(id)).Status);
        Assert.Equal(before, await _db.CountRowsAsync());
    }

    [Fact]
    public async Task DecliningTellsTheSenderAndTheReason()
    {
        var id = await SendAsync(_sam, _ines);

        var declined = await Decline(_ines, id, "  We only invest in biotech.  ");

        Assert.True(declined.Succeeded, declined.Message);
        var introduction = await _db.IntroductionAsync(id);
        Assert.Equal((IntroductionStatus.Declined, "We only invest in biotech.", (long?)null), (introduction.Status, introduction.DeclineReason, introduction.ConversationId));
        var told = (await _db.NotificationsOfAsync(_sam.UserId)).Single();
        Assert.Equal((NotificationType.IntroductionDeclined, "We only invest in biotech."), (told.Type, told.Body));
        Assert.Equal(NotificationTarget.Introduction(id), told.Target);
        Assert.Equal(0, (await _db.CountRowsAsync()).Conversations);
    }

    [Fact]
    public async Task OnlyTheSendingProfileCanWithdrawAnIntroduction()
    {
        var id = await SendAsync(_sam, _ines);

        Assert.Equal(OutcomeStatus.Forbidden, (await Withdraw(_ines, id)).Status);
        Assert.Equal(OutcomeStatus.Forbidden, (await Withdraw(_stranger, id)).Status);
        Assert.Equal(IntroductionStatus.Pending, (await _db.IntroductionAsync(id)).Status);

        Assert.True((await Withdraw(_sam, id)).Succeeded);
        Assert.Equal(IntroductionStatus.Withdrawn, (await _db.IntroductionAsync(id)).Status);
        Assert.Contains(await _db.NotificationsOfAsync(_petra.UserId), n => n.Type == NotificationType.IntroductionWithdrawn && n.Target == NotificationTarget.Introduction(id));
        Assert.Equal(OutcomeStatus.Conflict, (await Accept(_ines, id)).Status);
    }

    [Fact]
    public async Task AnsweringAnIntroductionThatWasAlreadyAnsweredIsAConflict()
    {
        var id = await SendAsync(_sam, _ines);
        Assert.True((await Decline(_ines, id)).Succeeded);
        var before = await _db.CountRowsAsync();

        Assert.Equal(OutcomeStatus.Conflict, (await Accept(_petra, id)).Status);
        Assert.Equal(OutcomeStatus.Conflict, (await Decline(_ines, id)).Status);
        Assert.Equal(OutcomeStatus.Conflict, (await Withdraw(_sam, id)).Status);

        Assert.Equal(IntroductionStatus.Declined, (await _db.IntroductionAsync(id)).Status);
        Assert.Equal(before, await _db.CountRowsAsync());
    }

    [Fact]
    public async Task AnsweringAnIntroductionPastItsExpiryIsAConflictEvenBeforeTheExpiryRuns()
    {
        var id = await SendAsync(_sam, _ines);
        _db.Clock.Advance(TimeSpan.FromDays(14));

        var accepted = await Accept(_ines, id);

        Assert.Equal(OutcomeStatus.Conflict, accepted.Status);
        Assert.Equal(0, (await _db.CountRowsAsync()).Conversations);
    }

    [Fact]
    public async Task AnsweringAnIntroductionJustBeforeItsExpiryStillWorks()
    {
        var id = await SendAsync(_sam, _ines);
        _db.Clock.Advance(TimeSpan.FromDays(14) - TimeSpan.FromMinutes(1));

        Assert.True((await Accept(_ines, id)).Succeeded);
    }

    [Fact]
    public async Task ExpiryExpiresDueIntroductionsAndTellsBothSides()
    {
        var due = await SendAsync(_sam, _ines);
        _db.Clock.Advance(TimeSpan.FromDays(7));
        var later = await SendAsync(_rui, _ines);
        _db.Clock.Advance(TimeSpan.FromDays(7));
        var pushes = _db.Pushes.Sent.Count;

        var expired = await ExpireDue();

        Assert.Equal(1, expired);
        Assert.Equal(IntroductionStatus.Expired, (await _db.IntroductionAsync(due)).Status);
        Assert.Equal(IntroductionStatus.Pending, (await _db.IntroductionAsync(later)).Status);
        foreach (var member in new[] { _sam, _ines, _petra })
        {
            var told = (await _db.NotificationsOfAsync(member.UserId)).Single(n => n.Type == NotificationType.IntroductionExpired);
            Assert.Equal(NotificationTarget.Introduction(due), told.Target);
        }

        Assert.DoesNotContain(await _db.NotificationsOfAsync(_rui.UserId), n => n.Type == NotificationType.IntroductionExpired);
        Assert.Equal(new[] { _ines.UserId, _petra.UserId, _sam.UserId }.Order(), _db.PushesSince(pushes).Select(p => p.UserId).Order());
        Assert.Equal(0, await ExpireDue());
    }

    [Fact]
    public async Task AnExpiredIntroductionNoLongerBlocksANewOneBetweenThePair()
    {
        await SendAsync(_sam, _ines);
        _db.Clock.Advance(TimeSpan.FromDays(15));
        await ExpireDue();

        Assert.True((await _db.IntroduceAsync(_sam, _ines)).Succeeded);
    }
}
