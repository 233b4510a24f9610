using Hub.Core.Profiles;
using SkiaSharp;

namespace Hub.Core.Tests;

/// <summary>Who may change a logo, and that a refused file changes nothing.</summary>
public class ProfileLogosTests : IAsyncLifetime
{
    private TestDatabase _db = default!;
    private Person _sam = default!;
    private Person _ines = default!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(Worlds.Demo());
        _sam = await _db.PersonAsync("startup@hub.demo");
        _ines = await _db.PersonAsync("investor@hub.demo");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static byte[] Png(int side) => TestImages.Encode(side, side, SKEncodedImageFormat.Png);

    private Task<Outcome> Set(Person who, byte[] bytes) => _db.RunAsync<ProfileLogos, Outcome>(l => l.SetAsync(who.UserId, _sam.ProfileId, bytes));

    private Task<ProfileLogo?> Stored() => _db.RunAsync<ProfileLogos, ProfileLogo?>(l => l.GetAsync(_sam.ProfileId));

    [Fact]
    public async Task AMemberStoresALogoThatIsServedAsHubsOwnPng()
    {
        Assert.True((await Set(_sam, Png(512))).Succeeded);

        var logo = (await Stored())!;
        Assert.Equal("image/png", logo.ContentType);
        Assert.Equal(LogoImage.Hash(logo.Bytes), logo.Hash);
        using var image = TestImages.Decode(logo.Bytes);
        Assert.Equal(256, image.Width);
    }

    [Fact]
    public async Task SomeoneWhoDoesNotManageTheProfileCannotChangeItsLogo()
    {
        var result = await Set(_ines, Png(64));

        Assert.Equal(OutcomeStatus.Forbidden, result.Status);
        Assert.Null(await Stored());
    }

    [Fact]
    public async Task ARefusedFileKeepsTheLogoThatWasThere()
    {
        Assert.True((await Set(_sam, Png(64))).Succeeded);
        var before = (await Stored())!.Hash;

        var result = await Set(_sam, "GIF89a not a logo"u8.ToArray());

        Assert.Equal(OutcomeStatus.Invalid, result.Status);
        Assert.Equal(before, (await Stored())!.Hash);
    }
}
