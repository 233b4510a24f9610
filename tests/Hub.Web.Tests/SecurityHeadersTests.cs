using System.Text.RegularExpressions;

namespace Hub.Web.Tests;

/// <summary>Every response tells the browser what Hub's pages may do.</summary>
public partial class SecurityHeadersTests(HubWebFactory factory) : IClassFixture<HubWebFactory>
{
    [GeneratedRegex("<script[^>]*type=\"importmap\"[^>]*nonce=\"([^\"]+)\"|<script[^>]*nonce=\"([^\"]+)\"[^>]*type=\"importmap\"")]
    private static partial Regex ImportMapNonce();

    [Fact]
    public async Task APageCarriesAContentSecurityPolicyThatOnlyItsOwnScriptsMeet()
    {
        using var response = await factory.CreateClient().GetAsync("/");

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("base-uri 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("form-action 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        var scripts = policy.Split("; ").Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
        Assert.DoesNotContain("unsafe-inline", scripts, StringComparison.Ordinal);

        // The one inline script (Blazor's import map) runs by this response's nonce.
        var html = await response.Content.ReadAsStringAsync();
        var match = ImportMapNonce().Match(html);
        Assert.True(match.Success, "The import map has no nonce.");
        var nonce = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
        Assert.Contains($"'nonce-{nonce}'", scripts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachPageGetsItsOwnScriptNonce()
    {
        var client = factory.CreateClient();
        using var first = await client.GetAsync("/");
        using var second = await client.GetAsync("/");

        Assert.NotEqual(first.Headers.GetValues("Content-Security-Policy").Single(), second.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/account/login")]
    [InlineData("/health")]
    public async Task ResponsesForbidSniffingLeakingReferrersAndDeviceAccessBeyondTheCamera(string path)
    {
        using var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        var permissions = Assert.Single(response.Headers.GetValues("Permissions-Policy"));
        Assert.Contains("camera=(self)", permissions, StringComparison.Ordinal);
        Assert.Contains("microphone=()", permissions, StringComparison.Ordinal);
        Assert.Contains("geolocation=()", permissions, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HttpsRedirectionIsOffUnlessConfigured()
    {
        using var response = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/health");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task HttpsRedirectionSendsPlainRequestsToHttpsWhenConfigured()
    {
        await using var configured = HubWebFactory.With(new Dictionary<string, string?>
        {
            ["Hub:Https:Redirect"] = "true",
            ["HTTPS_PORT"] = "443",
        });

        using var response = await configured.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/health");

        Assert.Equal(System.Net.HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https", response.Headers.Location!.Scheme);
    }
}
