using Hub.Core.Accounts;
using Hub.Core.Audit;
using Hub.Core.Data;
using Hub.Core.Profiles;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Tests;

public class ProfileEditorTests : IAsyncLifetime
{
    private TestDatabase _db = default!;
    private string _alice = "";
    private string _bob = "";
    private string _admin = "";

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(Worlds.Demo());
        _alice = await CreateUserAsync("alice@example.com");
        _bob = await CreateUserAsync("bob@example.com");
        _admin = (await _db.RunAsync<UserManager<HubUser>, HubUser?>(u => u.FindByEmailAsync("admin@hub.demo")))!.Id;
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<string> CreateUserAsync(string email) => _db.RunAsync<UserManager<HubUser>, string>(async users =>
    {
        var user = new HubUser { UserName = email, Email = email, DisplayName = email, EmailConfirmed = true };
        var result = await users.CreateAsync(user, "Password123!");
        Assert.True(result.Succeeded);
        return user.Id;
    });

    private Task<Outcome<int>> Create(string userId, ProfileInput input) =>
        _db.RunAsync<ProfileEditor, Outcome<int>>(e => e.CreateAsync(userId, input));

    [Fact]
    public async Task CreatingAProfileMakesTheCreatorItsOwnerAndFindable()
    {
        var result = await Create(_alice, ProfileInputValidatorTests.ValidStartup());

        Assert.True(result.Succeeded);
        var profile = await _db.RunAsync<ProfileReader, Profile?>(r => r.GetAsync(result.Value));
        Assert.Equal(ProfileRole.Owner, Assert.Single(profile!.Members).Role);
        Assert.Equal(["computer-vision", "space"], profile.Tags.Select(t => t.Slug).Order());
        var found = await _db.RunAsync<ProfileDirectory, DirectoryPage>(d => d.SearchAsync(new DirectoryQuery { Text = "Orbital Vision" }));
        Assert.Equal(result.Value, found.Items[0].Id);
    }

    [Fact]
    public async Task ANonMemberCannotEditAndNothingChanges()
    {
        var created = await Create(_alice, ProfileInputValidatorTests.ValidStartup());
        var hostile = ProfileInputValidatorTests.ValidStartup();
        hostile.Name = "Taken over";

        var result = await _db.RunAsync<ProfileEditor, Outcome<int>>(e => e.UpdateAsync(_bob, created.Value, hostile));

        Assert.Equal(OutcomeStatus.Forbidden, result.Status);
        var name = await _db.RunAsync<HubDbContext, string>(c => c.Profiles.Where(p => p.Id == created.Value).Select(p => p.Name).SingleAsync());
        Assert.Equal("Orbital Vision", name);
    }

    [Fact]
    public async Task AnAdminCanModerateAnyProfile()
    {
        var created = await Create(_alice, ProfileInputValidatorTests.ValidStartup());
        var edit = ProfileInputValidatorTests.ValidStartup();
        edit.Headline = "Headline corrected by moderation";
        var result = await _db.RunAsync<ProfileEditor, Outcome<int>>(e => e.UpdateAsync(_admin, created.Value, edit));
        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task InvalidInputIsRefusedWithFieldErrorsAndNothingIsSaved()
    {
        var created = await Create(_alice, ProfileInputValidatorTests.ValidStartup());
        var bad = ProfileInputValidatorTests.ValidStartup();
        bad.Name = "";
        bad.Website = "javascript:alert(1)";

        var result = await _db.RunAsync<ProfileEditor, Outcome<int>>(e => e.UpdateAsync(_alice, created.Value, bad));

        Assert.Equal(OutcomeStatus.Invalid, result.Status);
        Assert.Contains(nameof(ProfileInput.Name), result.Errors!.Keys);
        Assert.Contains(nameof(ProfileInput.Website), result.Errors!.Keys);
        var profile = await _db.RunAsync<ProfileReader, Profile?>(r => r.GetAsync(created.Value));
        Assert.Equal("Orbital Vision", profile!.Name);
        Assert.Equal("https://orbital.example", profile.Website);
    }

    [Fact]
    public async Task AnUnknownTagIsRefused()
    {
        var input = ProfileInputValidatorTests.ValidStartup();
        input.TagSlugs.Add("made-up");
        var result = await Create(_alice, input);
        Assert.Equal(OutcomeStatus.Invalid, result.Status);
        Assert.Contains("made-up", result.Errors![nameof(ProfileInput.TagSlugs)][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditingUpdatesTheSearchIndex()
    {
        var created = await Create(_alice, ProfileInputValidatorTests.ValidStartup());
        var edit = ProfileInputValidatorTests.ValidStartup();
        edit.Name = "Quasarwerk";
        await _db.RunAsync<ProfileEditor, Outcome<int>>(e => e.UpdateAsync(_alice, created.Value, edit));

        var byNew = await _db.RunAsync<ProfileDirectory, DirectoryPage>(d => d.SearchAsync(new DirectoryQuery { Text = "Quasarwerk" }));
        var byOld = await _db.RunAsync<ProfileDirectory, DirectoryPage>(d => d.SearchAsync(new DirectoryQuery { Text = "Orbital Vision" }));
        Assert.Equal(created.Value, Assert.Single(byNew.Items).Id);
        Assert.DoesNotContain(byOld.Items, c => c.Id == created.Value);
    }

    [Fact]
    public async Task AnEditFromACopyOpenedBeforeSomeoneElseSavedIsRefusedAndKeepsTheirChange()
    {
        var created = await Create(_alice, ProfileInputValidatorTests.ValidStartup());
        await JoinAsync(created.Value, "bob@example.com", _bob);
        // Both open the edit page on the same version.
        var alicesCopy = await OpenForEditAsync(created.Value);
        var bobsCopy = await OpenForEditAsync(created.Value);

        alicesCopy.City = "Belval";
        Assert.True((await _db.RunAsync<ProfileEditor, Outcome<int>>(e => e.UpdateAsync(_alice, created.Value, alicesCopy))).Succeeded);
        bobsCopy.Headline = "Satellite imaging for every farm in Europe";
        var stale = await _db.RunAsync<ProfileEditor, Outcome<int>>(e => e.UpdateAsync(_bob, created.Value, bobsCopy));

        Assert.Equal(OutcomeStatus.Conflict, stale.Status);
        Assert.Equal("Someone else changed this profile since you opened it; reload to see their changes.", stale.Message);
        var saved = await _db.RunAsync<ProfileReader, Profile?>(r => r.GetAsync(created.Value));
        Assert.Equal(("Belval", ProfileInputValidatorTests.ValidStartup().Headline), (saved!.City, saved.Headline));

        // After a reload the edit goes through.
        var reloaded = await OpenForEditAsync(created.Value);
        reloaded.Headline = "Satellite imaging for every farm in Europe";
        Assert.True((await _db.RunAsync<ProfileEditor, Outcome<int>>(e => e.UpdateAsync(_bob, created.Value, reloaded))).Succeeded);
    }

    private async Task<ProfileInput> OpenForEditAsync(int profileId) =>
        ProfileInput.From((await _db.RunAsync<ProfileReader, Profile?>(r => r.GetAsync(profileId)))!);

    [Fact]
    public async Task AMemberWhoAcceptedAnInvitationEdits()
    {
        var created = await Create(_alice, ProfileInputValidatorTests.ValidStartup());
        await JoinAsync(created.Value, "bob@example.com", _bob);

        var edit = ProfileInputValidatorTests.ValidStartup();
        edit.City = "Belval";
        var result = await _db.RunAsync<ProfileEditor, Outcome<int>>(e => e.UpdateAsync(_bob, created.Value, edit));
        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task AnAdminEditingAProfileTheyDoNotManageLeavesAnAuditEntryAndAMemberEditingDoesNot()
    {
        var created = await Create(_alice, ProfileInputValidatorTests.ValidStartup());
        var edit = ProfileInputValidatorTests.ValidStartup();
        edit.City = "Belval";
        Assert.True((await _db.RunAsync<ProfileEditor, Outcome<int>>(e => e.UpdateAsync(_alice, created.Value, edit))).Succeeded);
        edit.Headline = "Moderated headline for a profile";
        Assert.True((await _db.RunAsync<ProfileEditor, Outcome<int>>(e => e.UpdateAsync(_admin, created.Value, edit))).Succeeded);

        var entries = await _db.RunAsync<HubDbContext, List<AuditEntry>>(c => c.AuditEntries.Where(a => a.Action == AuditAction.ProfileEditedByAdmin).ToListAsync());
        var entry = Assert.Single(entries);
        Assert.Equal((_admin, $"profile:{created.Value}"), (entry.ActorUserId, entry.Subject));
    }

    private async Task JoinAsync(int profileId, string email, string userId)
    {
        var invited = await _db.RunAsync<ProfileMembership, Outcome<long>>(m => m.InviteAsync(_alice, profileId, email, ProfileRole.Editor));
        Assert.True(invited.Succeeded, invited.Message);
        var accepted = await _db.RunAsync<ProfileMembership, Outcome>(m => m.AcceptAsync(userId, invited.Value));
        Assert.True(accepted.Succeeded, accepted.Message);
    }

    [Fact]
    public async Task AUserCanManageSeveralProfiles()
    {
        await Create(_alice, ProfileInputValidatorTests.ValidStartup());
        var second = ProfileInputValidatorTests.ValidStartup();
        second.Name = "Second Venture";
        await Create(_alice, second);
        var mine = await _db.RunAsync<ProfileReader, IReadOnlyList<Profile>>(r => r.ManagedByAsync(_alice));
        Assert.Equal(2, mine.Count);
    }
}
