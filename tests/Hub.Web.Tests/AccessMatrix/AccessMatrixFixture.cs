using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hub.Web.Tests.AccessMatrix;

/// <summary>The app on a fresh demo database, the arranged scenario, and one signed-in cookie per role.</summary>
public sealed class AccessMatrixFixture : IAsyncLifetime
{
    private readonly ConcurrentDictionary<AccessRole, string> _cookies = new();

    // The matrix makes a few hundred requests from one address in a minute: far more than a person, so the limits are lifted.
    public HubWebFactory Factory { get; } = HubWebFactory.With(new Dictionary<string, string?>
    {
        ["Hub:RateLimits:Http:PermitLimit"] = "100000",
        ["Hub:RateLimits:SignIn:PermitLimit"] = "1000",
        ["Hub:RateLimits:LiveHub:PermitLimit"] = "100000",
        ["Hub:Recommender:DemoHistory"] = "false",
    });

    public AccessScenario Scenario { get; private set; } = null!;

    public async Task InitializeAsync() => Scenario = await AccessScenario.ArrangeAsync(Factory);

    public Task DisposeAsync() => Factory.DisposeAsync().AsTask();

    /// <summary>The Cookie header of the role's sign-in (none for anonymous).</summary>
    public async Task<string?> CookieAsync(AccessRole role)
    {
        if (role == AccessRole.Anonymous)
        {
            return null;
        }

        if (!_cookies.TryGetValue(role, out var cookie))
        {
            cookie = await Factory.AuthCookieAsync(AccessScenario.EmailOf(role));
            _cookies[role] = cookie;
        }

        return cookie;
    }

    /// <summary>A client that does not follow redirects, signed in as the role.</summary>
    public async Task<HttpClient> ClientAsync(AccessRole role)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        if (await CookieAsync(role) is { } cookie)
        {
            client.DefaultRequestHeaders.Add("Cookie", cookie);
        }

        return client;
    }
}
