using System.Net;
using System.Net.Http.Headers;
using Hub.Core.Data;
using Hub.Core.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace Hub.Web.Tests;

/// <summary>/profiles/{id}/logo and the profile page's avatar: Hub's own PNG, never another site's image.</summary>
public sealed class ProfileLogoEndpointTests(HubWebFactory factory) : IClassFixture<HubWebFactory>
{
    private static byte[] Jpeg()
    {
        using var bitmap = new SKBitmap(400, 400);
        bitmap.Erase(new SKColor(10, 160, 90));
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }

    private async Task<(int ProfileId, ProfileLogo Logo)> UploadAsync(string email)
    {
        var (user, profile) = await factory.DemoProfileAsync(email);
        await using var scope = factory.Services.CreateAsyncScope();
        var logos = scope.ServiceProvider.GetRequiredService<ProfileLogos>();
        var set = await logos.SetAsync(user, profile, Jpeg());
        Assert.True(set.Succeeded, set.Message);
        return (profile, (await logos.GetAsync(profile))!);
    }

    [Fact]
    public async Task TheLogoIsServedAsAPngWithAnETagAndNoSniffing()
    {
        var (profile, logo) = await UploadAsync("startup@hub.demo");
        var client = factory.CreateClient();

        var response = await client.GetAsync($"/profiles/{profile}/logo");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal($"\"{logo.Hash}\"", response.Headers.ETag!.Tag);
        Assert.Equal(logo.Bytes, await response.Content.ReadAsByteArrayAsync());

        using var again = new HttpRequestMessage(HttpMethod.Get, $"/profiles/{profile}/logo");
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{logo.Hash}\""));
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task AProfileWithoutALogoAnswersNotFound()
    {
        var (_, profile) = await factory.DemoProfileAsync("company@hub.demo");

        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/profiles/{profile}/logo")).StatusCode);
    }

    [Fact]
    public async Task TheProfilePageShowsHubsLogoAndNeverAnOldExternalAddress()
    {
        var (profile, logo) = await UploadAsync("researcher@hub.demo");
        var (_, other) = await factory.DemoProfileAsync("compute@hub.demo");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            await db.Profiles.Where(p => p.Id == profile || p.Id == other)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.LogoUrl, "https://tracker.example/pixel.png"));
        }

        var withLogo = await factory.CreateClient().GetStringAsync($"/profiles/{profile}");
        var withoutLogo = await factory.CreateClient().GetStringAsync($"/profiles/{other}");

        Assert.Contains($"src=\"/profiles/{profile}/logo?v={logo.Hash[..12]}\"", withLogo, StringComparison.Ordinal);
        Assert.DoesNotContain("tracker.example", withLogo, StringComparison.Ordinal);
        Assert.DoesNotContain("tracker.example", withoutLogo, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", withoutLogo.Split("id=\"profile-name\"")[0].Split("<main")[^1], StringComparison.Ordinal);
    }
}
