using System.Net;
using Hub.Core.Data;
using Hub.Web.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Web.Tests;

/// <summary>The keys that sign cookies live in the database, so a restart (a new host on the same file) signs nobody out.</summary>
public sealed class DataProtectionKeysTests : IAsyncLifetime
{
    private readonly HubWebFactory _first = new();
    private HubWebFactory? _restarted;
    private HubWebFactory? _elsewhere;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_restarted is not null)
        {
            await _restarted.DisposeAsync();
        }

        if (_elsewhere is not null)
        {
            await _elsewhere.DisposeAsync();
        }

        await _first.DisposeAsync();
    }

    [Fact]
    public async Task ACookieFromOneHostIsAcceptedByTheNextHostOnTheSameDatabase()
    {
        var cookie = await _first.AuthCookieAsync("startup@hub.demo");
        await using (var scope = _first.Services.CreateAsyncScope())
        {
            Assert.NotEmpty(await scope.ServiceProvider.GetRequiredService<HubDbContext>().DataProtectionKeys.ToListAsync());
        }

        _restarted = HubWebFactory.With(_first.DatabaseSettings);
        var afterRestart = await GetMyDataAsync(_restarted, cookie);
        Assert.Equal(HttpStatusCode.OK, afterRestart.StatusCode);
        Assert.Contains("startup@hub.demo", await afterRestart.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A hub on another database has other keys: the same cookie means nothing there (so the keys are not on disk).
        _elsewhere = HubWebFactory.With(new Dictionary<string, string?> { ["Hub:Seed:Enabled"] = "false" });
        var elsewhere = await GetMyDataAsync(_elsewhere, cookie);
        Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);
        Assert.StartsWith("/account/login", elsewhere.Headers.Location?.AbsolutePath ?? elsewhere.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> GetMyDataAsync(HubWebFactory host, string cookie)
    {
        using var client = host.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return await client.GetAsync(PersonalDataEndpoints.Path);
    }
}
