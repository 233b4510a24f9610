using System.Net;
using Hub.Core.Data;
using Hub.Core.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Web.Tests;

public class EventOrganiserPagesTests(HubWebFactory factory) : IClassFixture<HubWebFactory>
{
    /// <summary>An event by the demo organiser, registration open now, with the demo startup registered.</summary>
    private async Task<(int EventId, string StartupName)> ArrangeEventAsync(string title)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<HubDbContext>();
        var organiser = await db.Users.Where(u => u.Email == "organiser@hub.demo").Select(u => u.Id).SingleAsync();
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Luxembourg");
        var now = TimeZoneInfo.ConvertTimeFromUtc(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, zone);
        var day = now.Date.AddDays(5);
        var created = await services.GetRequiredService<EventEditor>().CreateAsync(organiser, new EventInput
        {
            Title = title,
            Venue = "Luxembourg-Kirchberg",
            Sessions = [new SessionInput { Name = "Morning", StartsAt = day.AddHours(9), EndsAt = day.AddHours(11) }],
            RegistrationOpensAt = now.AddDays(-1),
            RegistrationClosesAt = day.AddDays(-1),
            ApprovalRequired = false,
        });
        Assert.True(created.Succeeded, created.Message);

        var (startupUser, startupProfile) = await factory.DemoProfileAsync("startup@hub.demo");
        var registered = await services.GetRequiredService<EventRegistrations>().RegisterAsync(startupUser, created.Value, startupProfile);
        Assert.True(registered.Succeeded, registered.Message);
        return (created.Value, await db.Profiles.Where(p => p.Id == startupProfile).Select(p => p.Name).SingleAsync());
    }

    private async Task<string> ScreenTokenAsync(int eventId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HubDbContext>().Events.Where(e => e.Id == eventId).Select(e => e.ScreenToken).SingleAsync();
    }

    [Fact]
    public async Task AnOrganiserDownloadsTheParticipantsAsCsv()
    {
        var (eventId, startup) = await ArrangeEventAsync("CSV morning");
        var client = await factory.SignedInClientAsync("organiser@hub.demo");

        var response = await client.GetAsync($"/events/{eventId}/export/participants.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"event-{eventId}-participants.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var csv = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("registration_id,profile_id,name,kind", csv, StringComparison.Ordinal);
        Assert.Contains(startup, csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AParticipantOrAnonymousVisitorCannotDownloadTheCsv()
    {
        var (eventId, _) = await ArrangeEventAsync("Closed CSV morning");
        var participant = await factory.SignedInClientAsync("startup@hub.demo");
        var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.Forbidden, (await participant.GetAsync($"/events/{eventId}/export/participants.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await anonymous.GetAsync($"/events/{eventId}/export/meetings.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await participant.GetAsync("/events/999999/export/participants.csv")).StatusCode);
    }

    [Fact]
    public async Task TheBigScreenShowsTheEventUntilItsLinkIsRenewed()
    {
        var (eventId, _) = await ArrangeEventAsync("Screen morning");
        var oldToken = await ScreenTokenAsync(eventId);
        var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });
        var before = await anonymous.GetAsync($"/screen/{oldToken}");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Contains("Screen morning", await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        string newToken;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var organiser = await scope.ServiceProvider.GetRequiredService<HubDbContext>().Users.Where(u => u.Email == "organiser@hub.demo").Select(u => u.Id).SingleAsync();
            var renewed = await scope.ServiceProvider.GetRequiredService<EventEditor>().RenewScreenTokenAsync(organiser, eventId);
            Assert.True(renewed.Succeeded);
            newToken = renewed.Value!;
        }

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/screen/{oldToken}")).StatusCode);
        var after = await anonymous.GetAsync($"/screen/{newToken}");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("Screen morning", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMemberCannotManageAnEventNorCreateOne()
    {
        var (eventId, _) = await ArrangeEventAsync("Members keep out");
        var member = await factory.SignedInClientAsync("startup@hub.demo");

        var manage = await member.GetStringAsync($"/events/{eventId}/manage/registrations");
        Assert.Contains("have access to this page", manage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"registrations\"", manage, StringComparison.Ordinal);

        var print = await member.GetStringAsync($"/events/{eventId}/print/tables");
        Assert.Contains("have access to this page", print, StringComparison.Ordinal);
        Assert.DoesNotContain("plan per table", print, StringComparison.Ordinal);

        var create = await member.GetStringAsync("/events/new");
        Assert.Contains("have access to this page", create, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"event-form\"", create, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOrganiserSeesTheManagePageAndTheEventForm()
    {
        var (eventId, startup) = await ArrangeEventAsync("Organisers welcome");
        var organiser = await factory.SignedInClientAsync("organiser@hub.demo");

        var manage = await organiser.GetStringAsync($"/events/{eventId}/manage/registrations");
        Assert.Contains("Organisers welcome", manage, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(startup), manage, StringComparison.Ordinal);
        Assert.Contains("id=\"event-form\"", await organiser.GetStringAsync("/events/new"), StringComparison.Ordinal);
        Assert.Contains("There is no schedule yet", await organiser.GetStringAsync($"/events/{eventId}/print/tables"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePrintedPlanPerParticipantSaysWhenWhereAndWithWhom()
    {
        var (eventId, startup) = await ArrangeEventAsync("Printed plans");
        string investor;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var (investorUser, investorProfile) = await factory.DemoProfileAsync("investor@hub.demo");
            var registered = await scope.ServiceProvider.GetRequiredService<EventRegistrations>().RegisterAsync(investorUser, eventId, investorProfile);
            Assert.True(registered.Succeeded, registered.Message);
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            investor = await db.Profiles.Where(p => p.Id == investorProfile).Select(p => p.Name).SingleAsync();
            // They met at the demo's investor day: Hub proposes them again only because both ask.
            var (startupUser, _) = await factory.DemoProfileAsync("startup@hub.demo");
            var startupRegistration = await db.EventRegistrations.Where(r => r.EventId == eventId && r.Id != registered.Value).Select(r => r.Id).SingleAsync();
            var registrations = scope.ServiceProvider.GetRequiredService<EventRegistrations>();
            Assert.True((await registrations.MarkAsync(startupUser, startupRegistration, registered.Value, MeetingPreference.WouldLike)).Succeeded);
            Assert.True((await registrations.MarkAsync(investorUser, registered.Value, startupRegistration, MeetingPreference.WouldLike)).Succeeded);
            var organiserId = await db.Users.Where(u => u.Email == "organiser@hub.demo").Select(u => u.Id).SingleAsync();
            var generated = await scope.ServiceProvider.GetRequiredService<Hub.Web.Events.ScheduleGenerator>().GenerateAsync(organiserId, eventId);
            Assert.True(generated.Succeeded, generated.Message);
        }

        var organiser = await factory.SignedInClientAsync("organiser@hub.demo");
        var plans = await organiser.GetStringAsync($"/events/{eventId}/print/participants");

        Assert.Contains("Printed plans: plan per participant", plans, StringComparison.Ordinal);
        // Each participant's section names the other as whom they meet, at a table.
        var startupSection = plans[plans.IndexOf($"<h2>{System.Net.WebUtility.HtmlEncode(startup)}</h2>", StringComparison.Ordinal)..];
        startupSection = startupSection[..startupSection.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("Table 1", startupSection, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(investor), startupSection, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownScreenTokenOrEventIsNotFound()
    {
        var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/screen/not-a-token")).StatusCode);
        var organiser = await factory.SignedInClientAsync("organiser@hub.demo");
        Assert.Equal(HttpStatusCode.NotFound, (await organiser.GetAsync("/events/999999/manage/schedule")).StatusCode);
    }

    [Fact]
    public async Task AnalyticsOfTheDemoInvestorDayShowKindsAndSectorsFromItsFeedback()
    {
        int pastId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            pastId = await scope.ServiceProvider.GetRequiredService<HubDbContext>().Events.Where(e => e.Title == "Luxembourg AI Investor Day").Select(e => e.Id).SingleAsync();
        }

        var organiser = await factory.SignedInClientAsync("organiser@hub.demo");
        var html = await organiser.GetStringAsync($"/events/{pastId}/manage/analytics");

        Assert.Contains("data-testid=\"by-kind\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"by-sector\"", html, StringComparison.Ordinal);
        Assert.Contains("<td>Startup</td>", html, StringComparison.Ordinal);
    }
}
