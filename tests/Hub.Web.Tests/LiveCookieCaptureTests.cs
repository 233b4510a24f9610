using System.Security.Claims;
using Hub.Web.Live;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hub.Web.Tests;

public class LiveCookieCaptureTests
{
    [Fact]
    public async Task ASignedInCircuitKeepsItsCookieToConnectAsItsUser()
    {
        var live = await CaptureAsync(signedIn: true);

        Assert.Equal("hub.auth=signed; hub.browser=nonce", live.Cookie);
    }

    [Fact]
    public async Task AnAnonymousCircuitKeepsNoCookieAndSoNeverTriesTheHub()
    {
        var live = await CaptureAsync(signedIn: false);

        Assert.Null(live.Cookie);
    }

    private static async Task<LiveCircuit> CaptureAsync(bool signedIn)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Cookie = "hub.auth=signed; hub.browser=nonce";
        if (signedIn)
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "user-1")], "Identity.Application"));
        }

        var live = new LiveCircuit(NullLogger<LiveCircuit>.Instance);
        await new LiveCookieCapture(new HttpContextAccessor { HttpContext = context }, live).OnConnectionUpAsync(null!, CancellationToken.None);
        return live;
    }
}
