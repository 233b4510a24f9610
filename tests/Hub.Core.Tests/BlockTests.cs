using Hub.Core.Conversations;
using Hub.Core.Events;
using Hub.Core.Introductions;
using Hub.Core.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Tests;

/// <summary>A block follows the people behind the blocked profile, and closes old conversations to new messages.</summary>
public class BlockTests : IAsyncLifetime
{
    private TestDatabase _db = default!;
    private Person _sam = default!;
    private Person _samSecond = default!;
    private Person _ines = default!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(Worlds.Demo());
        _sam = await _db.PersonAsync("startup@hub.demo");
        _ines = await _db.PersonAsync("investor@hub.demo");
        var second = await _db.QueryAsync(c => c.Profiles.Where(p => p.Kind == ProfileKind.Startup && p.Id != _sam.ProfileId)
            .OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        _samSecond = await _db.JoinAsync(_sam, second, ProfileRole.Owner);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<Outcome> Block(Person blocker, Person blocked) =>
        _db.RunAsync<ProfileBlocking, Outcome>(b => b.BlockAsync(blocker.UserId, blocker.ProfileId, blocked.ProfileId));

    [Fact]
    public async Task ABlockedPersonCannotReachTheBlockerFromTheirSecondProfile()
    {
        Assert.True((await Block(_ines, _sam)).Succeeded);
        var before = await _db.CountRowsAsync();

        var fromSecond = await _db.IntroduceAsync(_samSecond, _ines);

        Assert.Equal(OutcomeStatus.Conflict, fromSecond.Status);
        Assert.Equal("Introductions between these two profiles are blocked.", fromSecond.Message);
        Assert.Equal(before, await _db.CountRowsAsync());
    }

    [Fact]
    public async Task TheBlockCoversAProfileTheBlockedPersonCreatesLater()
    {
        Assert.True((await Block(_ines, _sam)).Succeeded);

        var created = await _db.RunAsync<ProfileEditor, Outcome<int>>(e => e.CreateAsync(_sam.UserId, ProfileInputValidatorTests.ValidStartup()));
        Assert.True(created.Succeeded, created.Message);

        Assert.Equal(OutcomeStatus.Conflict, (await _db.IntroduceAsync(_sam with { ProfileId = created.Value }, _ines)).Status);
    }

    [Fact]
    public async Task APendingIntroductionFromAnotherProfileOfTheBlockedPersonCannotBeAccepted()
    {
        var pending = await _db.IntroduceAsync(_samSecond, _ines);
        Assert.True(pending.Succeeded);
        Assert.True((await Block(_ines, _sam)).Succeeded);

        var accepted = await _db.RunAsync<IntroductionService, Outcome<long>>(s => s.AcceptAsync(_ines.UserId, pending.Value));

        Assert.Equal(OutcomeStatus.Conflict, accepted.Status);
        Assert.Equal(0, await _db.QueryAsync(c => c.Conversations.CountAsync()));
    }

    [Fact]
    public async Task TheBlockedSideCannotWriteInAnOldConversationButStillReadsIt()
    {
        var conversation = await _db.OpenConversationAsync(_sam, _ines);
        Assert.True((await Send(_sam, conversation, "Thanks for accepting!")).Succeeded);
        Assert.True((await Block(_ines, _samSecond)).Succeeded);
        var before = await _db.CountRowsAsync();
        var pushes = _db.Pushes.Sent.Count;

        var refused = await Send(_sam, conversation, "Are you still there?");

        Assert.Equal(OutcomeStatus.Conflict, refused.Status);
        Assert.Equal("This profile blocked yours: you can still read the conversation, but you can no longer send messages in it.", refused.Message);
        Assert.Equal(before, await _db.CountRowsAsync());
        Assert.Empty(_db.PushesSince(pushes));
        var read = await _db.RunAsync<ConversationService, Outcome<IReadOnlyList<MessagePosted>>>(s => s.MessagesAsync(_sam.UserId, conversation));
        Assert.Equal("Thanks for accepting!", Assert.Single(read.Value!).Body);
        var header = await _db.RunAsync<ConversationService, Outcome<ConversationHeader>>(s => s.HeaderAsync(_sam.UserId, conversation));
        Assert.Equal(BlockState.BlockedByThem, header.Value!.Block);
    }

    [Fact]
    public async Task TheBlockerIsToldToUnblockAndCanWriteAgainAfterUnblocking()
    {
        var conversation = await _db.OpenConversationAsync(_sam, _ines);
        Assert.True((await Block(_ines, _sam)).Succeeded);

        var refused = await Send(_ines, conversation, "One more thing.");
        Assert.Equal(OutcomeStatus.Conflict, refused.Status);
        Assert.Contains("Unblock it to write again", refused.Message, StringComparison.Ordinal);
        Assert.Equal(BlockState.BlockedByMe, (await _db.RunAsync<ConversationService, Outcome<ConversationHeader>>(s => s.HeaderAsync(_ines.UserId, conversation))).Value!.Block);

        Assert.True((await _db.RunAsync<ProfileBlocking, Outcome>(b => b.UnblockAsync(_ines.UserId, _ines.ProfileId, _samSecond.ProfileId))).Succeeded);

        Assert.True((await Send(_ines, conversation, "One more thing.")).Succeeded);
        Assert.True((await Send(_sam, conversation, "Sure.")).Succeeded);
    }

    [Fact]
    public async Task OnlyAMemberOfTheBlockingProfileCanUnblock()
    {
        Assert.True((await Block(_ines, _sam)).Succeeded);

        var refused = await _db.RunAsync<ProfileBlocking, Outcome>(b => b.UnblockAsync(_sam.UserId, _ines.ProfileId, _sam.ProfileId));

        Assert.Equal(OutcomeStatus.Forbidden, refused.Status);
        Assert.Equal(1, await _db.QueryAsync(c => c.ProfileBlocks.CountAsync()));
    }

    [Fact]
    public async Task MeetingRequestsAtAnEventFollowTheBlock()
    {
        var olivia = await _db.PersonAsync("organiser@hub.demo");
        var eventId = await _db.CreateEventAsync(olivia);
        var sam = await _db.RegisterAsync(_sam, eventId);
        var ines = await _db.RegisterAsync(_ines, eventId);
        await _db.ApproveAsync(olivia, eventId, sam, ines);
        var pending = await _db.RunAsync<MeetingRequests, Outcome<long>>(r => r.SendAsync(_sam.UserId, sam, ines, null));
        Assert.True(pending.Succeeded);
        Assert.True((await Block(_ines, _samSecond)).Succeeded);

        var accepted = await _db.RunAsync<MeetingRequests, Outcome>(r => r.AcceptAsync(_ines.UserId, pending.Value));
        Assert.Equal(OutcomeStatus.Conflict, accepted.Status);
        Assert.True((await _db.RunAsync<MeetingRequests, Outcome>(r => r.WithdrawAsync(_sam.UserId, pending.Value))).Succeeded);

        var again = await _db.RunAsync<MeetingRequests, Outcome<long>>(r => r.SendAsync(_sam.UserId, sam, ines, null));

        Assert.Equal(OutcomeStatus.Conflict, again.Status);
        Assert.Equal("Meeting requests between your profile and this participant are blocked.", again.Message);
    }

    private Task<Outcome<MessagePosted>> Send(Person from, long conversation, string body) =>
        _db.RunAsync<ConversationService, Outcome<MessagePosted>>(s => s.SendAsync(from.UserId, conversation, body));
}
