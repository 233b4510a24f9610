using System.Security.Claims;
using Bunit;
using Hub.Core;
using Hub.Core.Audit;
using Hub.Core.Data;
using Hub.Core.Recommendations;
using Hub.Web.Components.Pages.Account;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Hub.Web.Tests;

/// <summary>The privacy switch on the settings page, against the app's own services and database.</summary>
public sealed class PersonalisationSettingTests(HubWebFactory factory) : IClassFixture<HubWebFactory>, IAsyncLifetime
{
    private readonly BunitContext _ctx = new();

    public Task InitializeAsync()
    {
        _ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        _ctx.Services.AddMudServices();
        // Core on the app's database, as the page's own scopes would have it (the app starts, and migrates, first).
        _ = factory.Services;
        _ctx.Services.AddHubCore(new ConfigurationBuilder().AddInMemoryCollection(factory.DatabaseSettings).Build(), factory.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _ctx.DisposeAsync();

    [Fact]
    public async Task TheSwitchIsOnByDefaultAndTurningItOffWithdrawsConsentWithAnAuditEntry()
    {
        var userId = await factory.CreateMemberAsync("switch@example.com");
        _ctx.AddAuthorization().SetAuthorized("switch").SetClaims(new Claim(ClaimTypes.NameIdentifier, userId));
        _ctx.Render<MudPopoverProvider>();

        var cut = _ctx.Render<PersonalisationSetting>();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=personalisation] input")));
        var input = cut.Find("[data-testid=personalisation] input");
        Assert.True(input.HasAttribute("checked") || input.GetAttribute("aria-checked") == "true");
        Assert.Contains("ordered by the content score only", cut.Markup, StringComparison.Ordinal);

        input.Change(false);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        cut.WaitForAssertion(() => Assert.False(db.PersonalisationConsents.AsNoTracking().Single(c => c.UserId == userId).Personalise));
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.ActorUserId == userId && e.Action == AuditAction.ConsentChanged));
        Assert.False(await scope.ServiceProvider.GetRequiredService<PersonalisationConsents>().IsGivenAsync(userId));
    }
}
