using Hub.Core.Profiles;

namespace Hub.Core.Tests;

public class ProfileAccessTests : IAsyncLifetime
{
    private TestDatabase _db = default!;
    private Person _owner = default!;
    private Person _editor = default!;
    private Person _admin = default!;
    private Person _otherOwner = default!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(Worlds.Demo());
        _owner = await _db.PersonAsync("startup@hub.demo");
        _admin = await _db.PersonAsync("admin@hub.demo");
        _otherOwner = await _db.PersonAsync("investor@hub.demo");
        _editor = await _db.JoinAsync(await _db.CreatePersonAsync("editor@example.com", "Eddie Editor"), _owner.ProfileId, ProfileRole.Editor);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<ProfileRights> RightsOf(string? userId) => _db.RunAsync<ProfileAccess, ProfileRights>(a => a.RightsAsync(userId, _owner.ProfileId));

    [Fact]
    public async Task AnOwnerActsForEditsAndManagesTheProfile()
    {
        var rights = await RightsOf(_owner.UserId);

        Assert.Equal(new ProfileRights(ProfileRole.Owner, false), rights);
        Assert.True(rights.CanActFor && rights.CanEdit && rights.CanManageMembers);
    }

    [Fact]
    public async Task AnEditorActsForEditsAndManagesTheProfile()
    {
        var rights = await RightsOf(_editor.UserId);

        Assert.Equal(new ProfileRights(ProfileRole.Editor, false), rights);
        Assert.True(rights.CanActFor && rights.CanEdit && rights.CanManageMembers);
    }

    [Fact]
    public async Task AnAdminMayModerateAProfileButNeverSpeakForIt()
    {
        var rights = await RightsOf(_admin.UserId);

        Assert.Equal(new ProfileRights(null, true), rights);
        Assert.True(rights.CanEdit && rights.CanManageMembers);
        Assert.False(rights.CanActFor);
        Assert.False(await _db.RunAsync<ProfileAccess, bool>(a => a.CanActForAsync(_admin.UserId, _owner.ProfileId)));
    }

    [Fact]
    public async Task TheOwnerOfAnotherProfileHasNoRightsHere()
    {
        var rights = await RightsOf(_otherOwner.UserId);

        Assert.Equal(ProfileRights.None, rights);
        Assert.False(rights.CanActFor || rights.CanEdit || rights.CanManageMembers);
        Assert.False(await _db.RunAsync<ProfileAccess, bool>(a => a.CanActForAsync(_otherOwner.UserId, _owner.ProfileId)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("no-such-user")]
    public async Task NobodyOrAnUnknownUserHasNoRights(string? userId)
    {
        Assert.Equal(ProfileRights.None, await RightsOf(userId));
        Assert.False(await _db.RunAsync<ProfileAccess, bool>(a => a.CanActForAsync(userId, _owner.ProfileId)));
    }

    [Fact]
    public async Task TheMembersOfAProfileAreItsOwnersAndEditorsAndNotItsModerators()
    {
        var members = await _db.RunAsync<ProfileAccess, List<string>>(a => a.MembersAsync(_owner.ProfileId));

        Assert.Equal(new[] { _owner.UserId, _editor.UserId }.Order(), members.Order());
    }
}
