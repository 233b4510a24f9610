using Hub.Core.Profiles;

namespace Hub.Core.Tests;

/// <summary>
/// Per-field visibility, from each reader's side: signed out, a member of another profile, a member of a profile with an
/// accepted introduction, and the profile's own member.
/// </summary>
public class FieldVisibilityTests : IAsyncLifetime
{
    private TestDatabase _db = default!;
    private Person _sam = default!;
    private Person _ines = default!;
    private Person _rui = default!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(Worlds.Demo());
        _sam = await _db.PersonAsync("startup@hub.demo");
        _ines = await _db.PersonAsync("investor@hub.demo");
        _rui = await _db.PersonAsync("researcher@hub.demo");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    /// <summary>Sam's startup with a city, a website, a raise target and a revenue band, and the visibility given.</summary>
    private async Task ChooseAsync(params (VisibleField Field, FieldVisibility Visibility)[] choices)
    {
        var input = ProfileInput.From((await _db.RunAsync<ProfileReader, Profile?>(r => r.GetAsync(_sam.ProfileId)))!);
        input.City = "Belval";
        input.Website = "https://orbital.example";
        input.RaiseTargetEur = 1_500_000;
        input.RevenueBand = RevenueBand.UpTo100k;
        foreach (var (field, visibility) in choices)
        {
            input.Visibility[field] = visibility;
        }

        var saved = await _db.RunAsync<ProfileEditor, Outcome<int>>(e => e.UpdateAsync(_sam.UserId, _sam.ProfileId, input));
        Assert.True(saved.Succeeded, saved.Message);
    }

    private Task<ProfileView?> ViewAs(Person? reader) =>
        _db.RunAsync<ProfileViewer, ProfileView?>(v => v.ViewAsync(reader?.UserId, _sam.ProfileId));

    [Fact]
    public async Task ASignedOutReaderSeesThePublicFieldsAndANoticeInsteadOfTheFiguresByDefault()
    {
        await ChooseAsync();

        var view = (await ViewAs(null))!;

        Assert.Equal(("Belval", "https://orbital.example"), (view.Profile.City, view.Profile.Website));
        Assert.Null(view.Profile.RaiseTargetEur);
        Assert.Null(view.Profile.RevenueBand);
        Assert.Contains(("Raising", "Visible to members"), view.Facts());
        Assert.Contains(("Revenue", "Visible to members"), view.Facts());
        Assert.DoesNotContain(view.Facts(), f => f.Value.Contains("1.5", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AMemberOfAnotherProfileSeesMembersFieldsButNotThoseKeptForIntroductions()
    {
        await ChooseAsync((VisibleField.City, FieldVisibility.Introduced), (VisibleField.Revenue, FieldVisibility.Introduced));

        var view = (await ViewAs(_rui))!;

        Assert.Equal(1_500_000, view.Profile.RaiseTargetEur);
        Assert.Equal("", view.Profile.City);
        Assert.Null(view.Profile.RevenueBand);
        Assert.Equal("Shared after an accepted introduction", view.NoticeFor(VisibleField.City));
        Assert.Contains(("Revenue", "Shared after an accepted introduction"), view.Facts());
    }

    [Fact]
    public async Task AMemberOfAProfileWithAnAcceptedIntroductionSeesEverything()
    {
        await ChooseAsync((VisibleField.City, FieldVisibility.Introduced), (VisibleField.Revenue, FieldVisibility.Introduced));
        await _db.OpenConversationAsync(_sam, _ines);

        var introduced = (await ViewAs(_ines))!;
        var stranger = (await ViewAs(_rui))!;

        Assert.Equal(("Belval", RevenueBand.UpTo100k), (introduced.Profile.City, introduced.Profile.RevenueBand));
        Assert.Empty(introduced.Hidden);
        Assert.Equal("", stranger.Profile.City);
    }

    [Fact]
    public async Task AnIntroductionThatIsOnlyPendingOpensNothing()
    {
        await ChooseAsync((VisibleField.City, FieldVisibility.Introduced));
        Assert.True((await _db.IntroduceAsync(_ines, _sam)).Succeeded);

        Assert.Equal("", (await ViewAs(_ines))!.Profile.City);
    }

    [Fact]
    public async Task TheProfilesOwnMemberSeesEverything()
    {
        await ChooseAsync((VisibleField.Website, FieldVisibility.Introduced), (VisibleField.RaiseTarget, FieldVisibility.Introduced));

        var view = (await ViewAs(_sam))!;

        Assert.Equal(("https://orbital.example", 1_500_000L), (view.Profile.Website, view.Profile.RaiseTargetEur));
    }

    [Fact]
    public async Task DirectoryCardsHideTheRaiseFromASignedOutReaderAndShowItToAMember()
    {
        await ChooseAsync();
        var name = (await _db.RunAsync<ProfileReader, Profile?>(r => r.GetAsync(_sam.ProfileId)))!.Name;
        var query = new DirectoryQuery { Text = name, PageSize = 100 };

        var anonymous = await _db.RunAsync<ProfileDirectory, DirectoryPage>(d => d.SearchAsync(query));
        var member = await _db.RunAsync<ProfileDirectory, DirectoryPage>(d => d.SearchAsync(query with { ViewerUserId = _rui.UserId }));

        var hidden = anonymous.Items.Single(c => c.Id == _sam.ProfileId);
        Assert.Null(hidden.RaiseTargetEur);
        Assert.Equal(FieldVisibility.Members, hidden.Hidden[VisibleField.RaiseTarget]);
        Assert.Equal(1_500_000, member.Items.Single(c => c.Id == _sam.ProfileId).RaiseTargetEur);
    }

    [Fact]
    public async Task TheRaiseFilterDoesNotRevealARaiseTheReaderMayNotSee()
    {
        await ChooseAsync();
        var query = new DirectoryQuery { Kinds = [ProfileKind.Startup], TicketMinEur = 1_400_000, TicketMaxEur = 1_600_000, PageSize = 100 };

        var anonymous = await _db.RunAsync<ProfileDirectory, DirectoryPage>(d => d.SearchAsync(query));
        var member = await _db.RunAsync<ProfileDirectory, DirectoryPage>(d => d.SearchAsync(query with { ViewerUserId = _rui.UserId }));
        await ChooseAsync((VisibleField.RaiseTarget, FieldVisibility.Public));
        var afterMadePublic = await _db.RunAsync<ProfileDirectory, DirectoryPage>(d => d.SearchAsync(query));

        Assert.DoesNotContain(anonymous.Items, c => c.Id == _sam.ProfileId);
        Assert.Contains(member.Items, c => c.Id == _sam.ProfileId);
        Assert.Contains(afterMadePublic.Items, c => c.Id == _sam.ProfileId);
    }

    [Fact]
    public async Task AnUnknownVisibilityIsRefusedAndNothingChanges()
    {
        await ChooseAsync();
        var input = ProfileInput.From((await _db.RunAsync<ProfileReader, Profile?>(r => r.GetAsync(_sam.ProfileId)))!);
        input.Visibility[VisibleField.City] = (FieldVisibility)7;

        var result = await _db.RunAsync<ProfileEditor, Outcome<int>>(e => e.UpdateAsync(_sam.UserId, _sam.ProfileId, input));

        Assert.Equal(OutcomeStatus.Invalid, result.Status);
        Assert.Equal("Belval", (await ViewAs(null))!.Profile.City);
    }

    [Fact]
    public async Task ChoicesAreKeptAndReadBackForTheEditor()
    {
        await ChooseAsync((VisibleField.TeamSize, FieldVisibility.Introduced));

        var input = ProfileInput.From((await _db.RunAsync<ProfileReader, Profile?>(r => r.GetAsync(_sam.ProfileId)))!);

        Assert.Equal(FieldVisibility.Introduced, input.Visibility[VisibleField.TeamSize]);
        Assert.Equal(FieldVisibility.Members, input.Visibility[VisibleField.RaiseTarget]);
        Assert.Equal(FieldVisibility.Public, input.Visibility[VisibleField.City]);
    }
}
