using System.Security.Claims;
using Bunit;
using Hub.Core;
using Hub.Core.Data;
using Hub.Web.Components.Pages.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Hub.Web.Tests;

/// <summary>
/// The event page (<c>/events/{id}</c>) after its papers, chips, buttons and slot checkboxes became plain markup (so that
/// a circuit holds fewer components): an approved participant still sees the event's key facts and still marks the slots
/// they cannot attend and saves them.
/// </summary>
public sealed class EventPageMarkupTests(HubWebFactory factory) : IClassFixture<HubWebFactory>, IAsyncLifetime
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
    public async Task AnApprovedParticipantSeesTheKeyFactsAndSavesTheSlotsTheyCannotAttend()
    {
        var scenario = await EventScenario.ArrangeAsync(factory, DateTime.UtcNow, "startup@hub.demo");
        var (userId, registrationId) = scenario.People["startup@hub.demo"];
        _ctx.AddAuthorization().SetAuthorized("startup").SetClaims(new Claim(ClaimTypes.NameIdentifier, userId));
        _ctx.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        _ctx.Render<MudPopoverProvider>();

        var cut = _ctx.Render<EventPage>(p => p.Add(c => c.Id, scenario.EventId));

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=my-profile]")), TimeSpan.FromSeconds(10));
        Assert.Equal("Applied AI Matchmaking Day", cut.Find("h1[data-testid=event-title]").TextContent);
        Assert.Contains("European Convention Center", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("One-to-one meetings between startups, investors and labs.", cut.Find("[data-testid=event-description]").TextContent);
        Assert.Equal("Registration open", cut.Find("[data-testid=registration-state]").TextContent.Trim());
        Assert.Contains("mud-chip-color-success", cut.Find("[data-testid=registration-state]").ClassName, StringComparison.Ordinal);
        Assert.Equal("Approved", cut.Find("[data-testid=registration-status]").TextContent.Trim());
        // Two hours in 20-minute meetings with 5-minute breaks: a chip per slot, and a checkbox per slot to opt out of.
        var slots = cut.FindAll("[data-testid=session-slots] .mud-chip");
        Assert.Equal(5, slots.Count);
        Assert.All(slots, s => Assert.Matches("^\\d\\d:\\d\\d–\\d\\d:\\d\\d$", s.TextContent.Trim()));
        var boxes = cut.FindAll("[data-testid=availability] input[type=checkbox]");
        Assert.Equal(slots.Count, boxes.Count);
        Assert.All(boxes, b => Assert.Contains(b.Closest("label")!.TextContent.Trim(), slots.Select(s => s.TextContent.Trim())));
        Assert.Equal("/events/" + scenario.EventId + "/agenda", cut.Find("a[data-testid=my-agenda]").GetAttribute("href"));
        // Only the goal field is still a MudBlazor input; chips, buttons, checkboxes and papers are markup.
        Assert.Single(cut.FindComponents<MudTextField<string>>());
        Assert.Empty(cut.FindComponents<MudCheckBox<bool>>());
        Assert.Empty(cut.FindComponents<MudChip<string>>());
        Assert.Empty(cut.FindComponents<MudButton>());
        Assert.Empty(cut.FindComponents<MudPaper>());

        cut.Find("[data-testid=unavailable-1]").Change(true);
        cut.Find("[data-testid=unavailable-3]").Change(true);
        cut.Find("[data-testid=unavailable-3]").Change(false);
        Assert.True(cut.Find("[data-testid=unavailable-1]").HasAttribute("checked"));
        cut.Find("[data-testid=save-participation]").Click();

        cut.WaitForAssertion(() =>
        {
            using var scope = factory.Services.CreateScope();
            var saved = scope.ServiceProvider.GetRequiredService<HubDbContext>().EventRegistrations.AsNoTracking().Single(r => r.Id == registrationId);
            Assert.Equal([1], saved.UnavailableSlots);
        }, TimeSpan.FromSeconds(10));
        Assert.True(cut.Find("[data-testid=unavailable-1]").HasAttribute("checked"));
        Assert.False(cut.Find("[data-testid=unavailable-3]").HasAttribute("checked"));
    }
}
