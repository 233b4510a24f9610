using Hub.Core.Conversations;
using Hub.Core.Notifications;
using Hub.Core.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Tests;

public class ConversationServiceTests : IAsyncLifetime
{
    private TestDatabase _db = default!;
    private Person _sam = default!;    // startup side
    private Person _ines = default!;   // investor side, owner
    private Person _petra = default!;  // investor side, editor
    private Person _rui = default!;    // manages another profile
    private Person _admin = default!;
    private long _conversation;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(Worlds.Demo());
        _sam = await _db.PersonAsync("startup@hub.demo");
        _ines = await _db.PersonAsync("investor@hub.demo");
        _rui = await _db.PersonAsync("researcher@hub.demo");
        _admin = await _db.PersonAsync("admin@hub.demo");
        _petra = await _db.JoinAsync(await _db.CreatePersonAsync("petra@example.com", "Petra Partner"), _ines.ProfileId, ProfileRole.Editor);
        _conversation = await _db.OpenConversationAsync(_sam, _ines);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<Outcome<MessagePosted>> Send(Person who, string body, long? conversation = null) =>
        _db.RunAsync<ConversationService, Outcome<MessagePosted>>(s => s.SendAsync(who.UserId, conversation ?? _conversation, body));

    private Task<Outcome<IReadOnlyList<MessagePosted>>> Page(Person who, long? beforeId = null, int take = 30) =>
        _db.RunAsync<ConversationService, Outcome<IReadOnlyList<MessagePosted>>>(s => s.MessagesAsync(who.UserId, _conversation, beforeId, take));

    private Task<Outcome> MarkRead(Person who, long upTo) => _db.RunAsync<ConversationService, Outcome>(s => s.MarkReadAsync(who.UserId, _conversation, upTo));

    private async Task<int> UnreadAsync(Person who) =>
        Assert.Single(await _db.RunAsync<ConversationService, IReadOnlyList<ConversationSummary>>(s => s.ListAsync(who.UserId)), c => c.Id == _conversation).Unread;

    [Fact]
    public async Task AMessageIsStoredAndGoesLiveToBothProfilesButOnlyTheOtherSideIsNotified()
    {
        var pushes = _db.Pushes.Sent.Count;

        var sent = await Send(_sam, "  Thanks for accepting! When are you free?  ");

        Assert.True(sent.Succeeded, sent.Message);
        var message = await _db.QueryAsync(c => c.Messages.AsNoTracking().SingleAsync());
        Assert.Equal((sent.Value!.Id, _sam.ProfileId, _sam.UserId, "Thanks for accepting! When are you free?"),
            (message.Id, message.SenderProfileId, message.SenderUserId, message.Body));

        var live = _db.PushesSince(pushes);
        var posted = live.Where(p => p.Event == "Message").ToList();
        Assert.Equal(new[] { _ines.UserId, _petra.UserId, _sam.UserId }.Order(), posted.Select(p => p.UserId).Order());
        Assert.All(posted, p => Assert.Equal(sent.Value, p.Payload));

        var notified = live.Where(p => p.Event == "Notification").ToList();
        Assert.Equal(new[] { _ines.UserId, _petra.UserId }.Order(), notified.Select(p => p.UserId).Order());
        Assert.All(notified, p => Assert.Equal(NotificationTarget.Conversation(_conversation), Assert.IsType<NotificationDto>(p.Payload).Target));
        Assert.Equal(2, live.Count - posted.Count);

        foreach (var member in new[] { _ines, _petra })
        {
            var stored = Assert.Single(await _db.NotificationsOfAsync(member.UserId), n => n.Type == NotificationType.MessageReceived);
            Assert.Equal(NotificationTarget.Conversation(_conversation), stored.Target);
        }

        Assert.DoesNotContain(await _db.NotificationsOfAsync(_sam.UserId), n => n.Type == NotificationType.MessageReceived);
    }

    [Fact]
    public async Task TheOtherSideSeesTheMessageUnreadUntilTheyMarkItRead()
    {
        var sent = await Send(_sam, "Hello from the startup side.");

        Assert.Equal(0, await UnreadAsync(_sam));
        Assert.Equal(1, await UnreadAsync(_ines));
        Assert.Equal(1, await UnreadAsync(_petra));

        var pushes = _db.Pushes.Sent.Count;
        var read = await MarkRead(_ines, sent.Value!.Id);

        Assert.True(read.Succeeded, read.Message);
        Assert.Equal(0, await UnreadAsync(_ines));
        Assert.Equal(1, await UnreadAsync(_petra));
        var receipts = _db.PushesSince(pushes);
        Assert.Equal(new[] { _ines.UserId, _petra.UserId, _sam.UserId }.Order(), receipts.Select(p => p.UserId).Order());
        Assert.All(receipts, p => Assert.Equal(("Read", (object)new MessagesRead(_conversation, _ines.UserId, sent.Value.Id)), (p.Event, p.Payload)));
        var header = await _db.RunAsync<ConversationService, Outcome<ConversationHeader>>(s => s.HeaderAsync(_sam.UserId, _conversation));
        Assert.Equal(sent.Value.Id, header.Value!.OtherReadUpTo);
    }

    [Fact]
    public async Task ATeammatesMessageOnTheSameSideIsNotUnread()
    {
        await Send(_ines, "Thursday at ten works for us.");

        Assert.Equal(0, await UnreadAsync(_petra));
        Assert.Equal(1, await UnreadAsync(_sam));
    }

    [Fact]
    public async Task MarkingTheSameMessageReadTwiceSendsOneReceipt()
    {
        var sent = await Send(_sam, "Hello from the startup side.");
        await MarkRead(_ines, sent.Value!.Id);
        var pushes = _db.Pushes.Sent.Count;

        Assert.True((await MarkRead(_ines, sent.Value.Id)).Succeeded);

        Assert.Empty(_db.PushesSince(pushes));
    }

    [Fact]
    public async Task AReplyLeavesItsWriterNothingUnread()
    {
        await Send(_sam, "Hello from the startup side.");
        await Send(_sam, "And one more thing.");
        await Send(_ines, "Hello back from the fund.");

        Assert.Equal(0, await UnreadAsync(_ines));
        Assert.Equal(1, await UnreadAsync(_sam));
    }

    [Fact]
    public async Task SomeoneOutsideTheConversationGetsNotFoundEvenAnAdminAndNothingIsStored()
    {
        var sent = await Send(_sam, "Only for the two of us.");
        var stranger = await _db.CreatePersonAsync("stranger@example.com", "Stan Stranger");
        var before = await _db.CountRowsAsync();
        var pushes = _db.Pushes.Sent.Count;

        foreach (var outsider in new[] { _admin, _rui, stranger })
        {
            Assert.Equal(OutcomeStatus.NotFound, (await Send(outsider, "Let me in.")).Status);
            Assert.Equal(OutcomeStatus.NotFound, (await Page(outsider)).Status);
            Assert.Equal(OutcomeStatus.NotFound, (await MarkRead(outsider, sent.Value!.Id)).Status);
            var header = await _db.RunAsync<ConversationService, Outcome<ConversationHeader>>(s => s.HeaderAsync(outsider.UserId, _conversation));
            Assert.Equal(OutcomeStatus.NotFound, header.Status);
            Assert.Null(header.Value);
            Assert.Empty(await _db.RunAsync<ConversationService, IReadOnlyList<ConversationSummary>>(s => s.ListAsync(outsider.UserId)));
        }

        Assert.Equal(before, await _db.CountRowsAsync());
        Assert.Empty(_db.PushesSince(pushes));
    }

    [Fact]
    public async Task AnUnknownConversationIsNotFound()
    {
        Assert.Equal(OutcomeStatus.NotFound, (await Send(_sam, "Hello?", _conversation + 1000)).Status);
        Assert.Equal(0, (await _db.CountRowsAsync()).Messages);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(ConversationRules.MaxMessage + 1)]
    public async Task AMessageWithoutTextOrTooLongIsInvalidAndNothingIsStored(int length)
    {
        var before = await _db.CountRowsAsync();
        var pushes = _db.Pushes.Sent.Count;

        var sent = await Send(_sam, new string('x', length));
        var blank = await Send(_sam, "   \n  ");

        Assert.Equal(OutcomeStatus.Invalid, sent.Status);
        Assert.Equal(OutcomeStatus.Invalid, blank.Status);
        Assert.Contains("Body", sent.Errors.Keys);
        Assert.Equal(before, await _db.CountRowsAsync());
        Assert.Empty(_db.PushesSince(pushes));
    }

    [Fact]
    public async Task AMessageOfExactlyTheMaximumLengthIsAccepted()
    {
        var sent = await Send(_sam, new string('x', ConversationRules.MaxMessage));

        Assert.True(sent.Succeeded, sent.Message);
        Assert.Equal(ConversationRules.MaxMessage, (await _db.QueryAsync(c => c.Messages.SingleAsync())).Body.Length);
    }

    [Fact]
    public async Task MessagesComeInPagesNewestPageFirstEachInOrderAndBeforeIdGivesTheOlderOnes()
    {
        for (var i = 1; i <= 75; i++)
        {
            Assert.True((await Send(i % 2 == 0 ? _ines : _sam, $"message {i}")).Succeeded);
            _db.Clock.Advance(TimeSpan.FromSeconds(10));
        }

        var newest = await Page(_petra);
        var older = await Page(_petra, newest.Value![0].Id);
        var oldest = await Page(_petra, older.Value![0].Id);
        var beyond = await Page(_petra, oldest.Value![0].Id);

        Assert.Equal(Bodies(46, 75), newest.Value.Select(m => m.Body));
        Assert.Equal(Bodies(16, 45), older.Value.Select(m => m.Body));
        Assert.Equal(Bodies(1, 15), oldest.Value.Select(m => m.Body));
        Assert.Empty(beyond.Value!);
        Assert.Equal(newest.Value.Select(m => m.SentAt).Order(), newest.Value.Select(m => m.SentAt));
        Assert.Equal(_ines.ProfileId, newest.Value[^2].SenderProfileId);
        Assert.Equal(_sam.ProfileId, newest.Value[^1].SenderProfileId);
    }

    [Fact]
    public async Task AConversationWithANewMessageMovesToTheTopOfTheList()
    {
        _db.Clock.Advance(TimeSpan.FromHours(1));
        var later = await _db.OpenConversationAsync(_rui, _sam);
        var list = await _db.RunAsync<ConversationService, IReadOnlyList<ConversationSummary>>(s => s.ListAsync(_sam.UserId));
        Assert.Equal([later, _conversation], list.Select(c => c.Id));

        _db.Clock.Advance(TimeSpan.FromHours(1));
        await Send(_ines, "Picking this up again.");

        list = await _db.RunAsync<ConversationService, IReadOnlyList<ConversationSummary>>(s => s.ListAsync(_sam.UserId));
        Assert.Equal([_conversation, later], list.Select(c => c.Id));
        Assert.Equal((_ines.ProfileId, _db.Clock.GetUtcNow().UtcDateTime, 1), (list[0].OtherProfileId, list[0].LastMessageAt, list[0].Unread));
    }

    [Fact]
    public async Task TheHeaderShowsBothSharedContactsWhenThePeopleHaveTheSameName()
    {
        // Display names are free text and not unique: two people called Alex Martin can meet.
        var rui = await _db.JoinAsync(await _db.CreatePersonAsync("alex.martin@lab.example", "Alex Martin"), _rui.ProfileId, ProfileRole.Editor);
        var chloe = await _db.JoinAsync(await _db.CreatePersonAsync("alex.martin@corp.example", "Alex Martin"), (await _db.PersonAsync("company@hub.demo")).ProfileId, ProfileRole.Editor);
        await _db.ShareEmailAsync(rui);
        await _db.ShareEmailAsync(chloe);
        var conversation = await _db.OpenConversationAsync(rui, chloe);

        var header = await _db.RunAsync<ConversationService, Outcome<ConversationHeader>>(s => s.HeaderAsync(rui.UserId, conversation));

        Assert.True(header.Succeeded, header.Message);
        Assert.Equal(["alex.martin@corp.example", "alex.martin@lab.example"], header.Value!.SharedContacts.Select(c => c.Email).Order());
    }

    private static IEnumerable<string> Bodies(int from, int to) => Enumerable.Range(from, to - from + 1).Select(i => $"message {i}");
}
