using Hub.Core.Accounts;
using Hub.Core.Audit;
using Hub.Core.Data;
using Hub.Core.Notifications;
using Hub.Core.Profiles;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Tests;

/// <summary>Membership by invitation, and who may remove, demote and leave (docs/security.md, "Membership and visibility").</summary>
public class ProfileMembershipTests : IAsyncLifetime
{
    private TestDatabase _db = default!;
    private string _alice = "";
    private string _bob = "";
    private string _carol = "";
    private string _admin = "";
    private int _profile;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(Worlds.Demo());
        _alice = await CreateUserAsync("alice@example.com");
        _bob = await CreateUserAsync("bob@example.com");
        _carol = await CreateUserAsync("carol@example.com");
        _admin = (await _db.RunAsync<UserManager<HubUser>, HubUser?>(u => u.FindByEmailAsync("admin@hub.demo")))!.Id;
        _profile = (await _db.RunAsync<ProfileEditor, Outcome<int>>(e => e.CreateAsync(_alice, ProfileInputValidatorTests.ValidStartup()))).Value;
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<string> CreateUserAsync(string email, bool confirmed = true) => _db.RunAsync<UserManager<HubUser>, string>(async users =>
    {
        var user = new HubUser { UserName = email, Email = email, DisplayName = email.Split('@')[0], EmailConfirmed = confirmed };
        Assert.True((await users.CreateAsync(user, "Password123!")).Succeeded);
        return user.Id;
    });

    private Task<Outcome<long>> Invite(string actor, string email, ProfileRole role = ProfileRole.Editor) =>
        _db.RunAsync<ProfileMembership, Outcome<long>>(m => m.InviteAsync(actor, _profile, email, role));

    private Task<Outcome> Accept(string user, long invitation) => _db.RunAsync<ProfileMembership, Outcome>(m => m.AcceptAsync(user, invitation));

    private Task<Outcome> Remove(string actor, string member) => _db.RunAsync<ProfileMembership, Outcome>(m => m.RemoveAsync(actor, _profile, member));

    private Task<ProfileRights> Rights(string user) => _db.RunAsync<ProfileAccess, ProfileRights>(a => a.RightsAsync(user, _profile));

    private async Task JoinAsync(string user, string email, ProfileRole role)
    {
        var invited = await Invite(_alice, email, role);
        Assert.True(invited.Succeeded, invited.Message);
        Assert.True((await Accept(user, invited.Value)).Succeeded);
    }

    private Task<List<AuditEntry>> AuditAsync(AuditAction action) =>
        _db.RunAsync<HubDbContext, List<AuditEntry>>(c => c.AuditEntries.Where(a => a.Action == action).OrderBy(a => a.Id).ToListAsync());

    private Task<IReadOnlyList<ReceivedInvitation>> WaitingFor(string user) =>
        _db.RunAsync<ProfileMembership, IReadOnlyList<ReceivedInvitation>>(m => m.WaitingForAsync(user));

    [Fact]
    public async Task AnInvitedPersonBecomesAMemberOnlyWhenTheyAccept()
    {
        var invited = await Invite(_alice, "bob@example.com");

        Assert.True(invited.Succeeded);
        Assert.False((await Rights(_bob)).IsMember);
        Assert.Equal(_profile, Assert.Single(await WaitingFor(_bob)).ProfileId);

        Assert.True((await Accept(_bob, invited.Value)).Succeeded);

        Assert.Equal(ProfileRole.Editor, (await Rights(_bob)).Role);
        Assert.Empty(await WaitingFor(_bob));
        Assert.Single(await AuditAsync(AuditAction.MemberInvited));
        Assert.Contains("bob <bob@example.com> accepted", Assert.Single(await AuditAsync(AuditAction.MemberJoined)).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomeoneWhoAlreadyManagesTheMostProfilesCannotJoinAnotherAndTheInvitationWaits()
    {
        await _db.RunAsync<HubDbContext, int>(async c =>
        {
            var others = await c.Profiles.Where(p => p.Id != _profile).OrderBy(p => p.Id).Take(10).Select(p => p.Id).ToListAsync();
            c.ProfileMembers.AddRange(others.Select(id => new ProfileMember { ProfileId = id, UserId = _bob, Role = ProfileRole.Editor }));
            return await c.SaveChangesAsync();
        });
        var invited = await Invite(_alice, "bob@example.com");

        var accepted = await Accept(_bob, invited.Value);

        Assert.Equal(OutcomeStatus.Conflict, accepted.Status);
        Assert.StartsWith("You already manage 10 profiles, the most one person may.", accepted.Message, StringComparison.Ordinal);
        Assert.False((await Rights(_bob)).IsMember);
        Assert.Single(await WaitingFor(_bob));
    }

    [Fact]
    public async Task TheInviterGetsTheSameAnswerWhetherOrNotTheAddressHasAnAccount()
    {
        var known = await Invite(_alice, "bob@example.com");
        var unknown = await Invite(_alice, "nobody@example.com");

        Assert.Equal((OutcomeStatus.Done, null, 0), (known.Status, known.Message, known.Errors.Count));
        Assert.Equal((OutcomeStatus.Done, null, 0), (unknown.Status, unknown.Message, unknown.Errors.Count));
        Assert.Equal("Invitation sent to nobody@example.com. They join when they accept.", ProfileMembership.SentMessage("nobody@example.com"));
        var waiting = await _db.RunAsync<ProfileMembership, Outcome<IReadOnlyList<SentInvitation>>>(m => m.WaitingOfAsync(_alice, _profile));
        Assert.Equal(["bob@example.com", "nobody@example.com"], waiting.Value!.Select(i => i.Email));
    }

    [Fact]
    public async Task TheInviteeIsNotifiedWhenTheirAccountExists()
    {
        await Invite(_alice, "Bob@Example.com");

        var notes = await _db.RunAsync<HubDbContext, List<Notification>>(c => c.Notifications.Where(n => n.Type == NotificationType.ProfileInvitation).ToListAsync());
        Assert.Equal(_bob, Assert.Single(notes).UserId);
        Assert.Equal(NotificationTarget.ProfileInvitations, notes[0].Target);
    }

    [Fact]
    public async Task AnAccountRegisteredLaterWithTheAddressSeesTheInvitationAndAccepts()
    {
        var invited = await Invite(_alice, "dana@example.com");
        var dana = await CreateUserAsync("dana@example.com");

        Assert.Equal(invited.Value, Assert.Single(await WaitingFor(dana)).Id);
        Assert.True((await Accept(dana, invited.Value)).Succeeded);
        Assert.True((await Rights(dana)).IsMember);
    }

    [Fact]
    public async Task AnAccountWhoseAddressIsNotConfirmedNeitherSeesNorAcceptsTheInvitation()
    {
        var invited = await Invite(_alice, "erin@example.com");
        var erin = await CreateUserAsync("erin@example.com", confirmed: false);

        Assert.Empty(await WaitingFor(erin));
        Assert.Equal(OutcomeStatus.NotFound, (await Accept(erin, invited.Value)).Status);
        Assert.False((await Rights(erin)).IsMember);
    }

    [Fact]
    public async Task SomeoneElseCannotAcceptAnInvitationSentToAnotherAddress()
    {
        var invited = await Invite(_alice, "bob@example.com");

        Assert.Equal(OutcomeStatus.NotFound, (await Accept(_carol, invited.Value)).Status);
        Assert.False((await Rights(_carol)).IsMember);
    }

    [Fact]
    public async Task ADeclinedInvitationCannotBeAcceptedAfterwards()
    {
        var invited = await Invite(_alice, "bob@example.com");

        Assert.True((await _db.RunAsync<ProfileMembership, Outcome>(m => m.DeclineAsync(_bob, invited.Value))).Succeeded);

        Assert.Equal(OutcomeStatus.NotFound, (await Accept(_bob, invited.Value)).Status);
        Assert.False((await Rights(_bob)).IsMember);
    }

    [Fact]
    public async Task AWithdrawnInvitationCannotBeAcceptedAndTheWithdrawalIsLogged()
    {
        var invited = await Invite(_alice, "bob@example.com");

        Assert.True((await _db.RunAsync<ProfileMembership, Outcome>(m => m.WithdrawAsync(_alice, invited.Value))).Succeeded);

        Assert.Equal(OutcomeStatus.NotFound, (await Accept(_bob, invited.Value)).Status);
        Assert.Empty(await WaitingFor(_bob));
        Assert.Single(await AuditAsync(AuditAction.InvitationWithdrawn));
    }

    [Fact]
    public async Task AnInvitationExpiresAfterFourteenDays()
    {
        var invited = await Invite(_alice, "bob@example.com");
        _db.Clock.Advance(TimeSpan.FromDays(14));

        Assert.Empty(await WaitingFor(_bob));
        Assert.Equal(OutcomeStatus.NotFound, (await Accept(_bob, invited.Value)).Status);
        // The expired invitation is renewed by inviting again.
        var again = await Invite(_alice, "bob@example.com");
        Assert.True(again.Succeeded);
        Assert.True((await Accept(_bob, again.Value)).Succeeded);
    }

    [Fact]
    public async Task ASecondInvitationToTheSameAddressWaitsForTheFirst()
    {
        await Invite(_alice, "bob@example.com");

        var second = await Invite(_alice, "BOB@example.com");

        Assert.Equal(OutcomeStatus.Invalid, second.Status);
        Assert.Contains("already waiting", second.Errors["Email"][0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not an address")]
    [InlineData("bob@example.com, carol@example.com")]
    public async Task AnAddressThatIsNotOneIsRefusedAndNothingIsStored(string email)
    {
        var result = await Invite(_alice, email);

        Assert.Equal(OutcomeStatus.Invalid, result.Status);
        Assert.Equal(0, await _db.RunAsync<HubDbContext, int>(c => c.ProfileInvitations.CountAsync()));
    }

    [Fact]
    public async Task AnEditorInvitesEditorsButNotOwners()
    {
        await JoinAsync(_bob, "bob@example.com", ProfileRole.Editor);

        var asOwner = await Invite(_bob, "carol@example.com", ProfileRole.Owner);
        var asEditor = await Invite(_bob, "carol@example.com", ProfileRole.Editor);

        Assert.Equal(OutcomeStatus.Forbidden, asOwner.Status);
        Assert.True(asEditor.Succeeded);
    }

    [Fact]
    public async Task SomeoneWhoDoesNotManageTheProfileCannotInviteNorSeeItsInvitations()
    {
        await Invite(_alice, "bob@example.com");

        Assert.Equal(OutcomeStatus.Forbidden, (await Invite(_carol, "carol@example.com")).Status);
        Assert.Equal(OutcomeStatus.Forbidden, (await _db.RunAsync<ProfileMembership, Outcome<IReadOnlyList<SentInvitation>>>(m => m.WaitingOfAsync(_carol, _profile))).Status);
    }

    [Fact]
    public async Task AnEditorRemovesNeitherAnOwnerNorAnotherEditor()
    {
        await JoinAsync(_bob, "bob@example.com", ProfileRole.Editor);
        await JoinAsync(_carol, "carol@example.com", ProfileRole.Editor);

        Assert.Equal(OutcomeStatus.Forbidden, (await Remove(_bob, _alice)).Status);
        Assert.Equal(OutcomeStatus.Forbidden, (await Remove(_bob, _carol)).Status);
        Assert.Equal(OutcomeStatus.Forbidden, (await _db.RunAsync<ProfileMembership, Outcome>(m => m.ChangeRoleAsync(_bob, _profile, _alice, ProfileRole.Editor))).Status);
        Assert.Equal(ProfileRole.Owner, (await Rights(_alice)).Role);
        Assert.True((await Rights(_carol)).IsMember);
    }

    [Fact]
    public async Task AnOwnerRemovesAnotherOwnerAndTheRemovalIsLogged()
    {
        await JoinAsync(_bob, "bob@example.com", ProfileRole.Owner);

        Assert.True((await Remove(_alice, _bob)).Succeeded);

        Assert.False((await Rights(_bob)).IsMember);
        Assert.Contains("Removed bob <bob@example.com> (owner)", Assert.Single(await AuditAsync(AuditAction.MemberRemoved)).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLastOwnerCannotLeaveBeRemovedOrBeDemoted()
    {
        await JoinAsync(_bob, "bob@example.com", ProfileRole.Editor);

        var leave = await Remove(_alice, _alice);
        var removedByAdmin = await Remove(_admin, _alice);
        var demoted = await _db.RunAsync<ProfileMembership, Outcome>(m => m.ChangeRoleAsync(_admin, _profile, _alice, ProfileRole.Editor));

        Assert.Equal("You are the last owner: make someone else an owner before you leave.", leave.Errors["Member"][0]);
        Assert.Equal("A profile needs at least one owner.", removedByAdmin.Errors["Member"][0]);
        Assert.Equal(OutcomeStatus.Invalid, demoted.Status);
        Assert.Equal(ProfileRole.Owner, (await Rights(_alice)).Role);
    }

    [Fact]
    public async Task AnOwnerLeavesOnceAnotherOwnerExists()
    {
        await JoinAsync(_bob, "bob@example.com", ProfileRole.Editor);
        Assert.True((await _db.RunAsync<ProfileMembership, Outcome>(m => m.ChangeRoleAsync(_alice, _profile, _bob, ProfileRole.Owner))).Succeeded);

        Assert.True((await Remove(_alice, _alice)).Succeeded);

        Assert.False((await Rights(_alice)).IsMember);
        Assert.Equal(ProfileRole.Owner, (await Rights(_bob)).Role);
    }

    [Fact]
    public async Task AnEditorLeaves()
    {
        await JoinAsync(_bob, "bob@example.com", ProfileRole.Editor);

        Assert.True((await Remove(_bob, _bob)).Succeeded);

        Assert.False((await Rights(_bob)).IsMember);
        Assert.Contains("left", Assert.Single(await AuditAsync(AuditAction.MemberRemoved)).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAdminWhoIsNotAMemberRemovesAMemberForModerationAndTheLogSaysSo()
    {
        await JoinAsync(_bob, "bob@example.com", ProfileRole.Owner);

        Assert.True((await Remove(_admin, _bob)).Succeeded);

        var entry = Assert.Single(await AuditAsync(AuditAction.MemberRemoved));
        Assert.Equal(_admin, entry.ActorUserId);
        Assert.Contains("(as platform admin)", entry.Detail, StringComparison.Ordinal);
    }
}
