using System.Net;
using System.Text.RegularExpressions;
using Hub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Web.Tests;

/// <summary>The participant's event pages as served: who sees what, and unknown or foreign ids answered as not found.</summary>
public class EventPageTests(HubWebFactory factory) : IClassFixture<HubWebFactory>
{
    private Task<EventScenario> ArrangeAsync() => EventScenario.ArrangeAsync(factory, DateTime.UtcNow, "startup@hub.demo", "investor@hub.demo");

    [Fact]
    public async Task AnAnonymousVisitorSeesAPublicEventAndIsAskedToSignInToRegister()
    {
        var scenario = await ArrangeAsync();
        var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });

        var list = await anonymous.GetStringAsync("/events");
        Assert.Contains("Applied AI Matchmaking Day", list, StringComparison.Ordinal);
        Assert.Contains("Registration open", list, StringComparison.Ordinal);

        var page = await anonymous.GetStringAsync($"/events/{scenario.EventId}");
        Assert.Contains("One-to-one meetings between startups, investors and labs.", page, StringComparison.Ordinal);
        Assert.Contains("sign-in-to-register", page, StringComparison.Ordinal);
        Assert.Contains("Europe/Luxembourg", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownEventIsNotFound()
    {
        var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/events/999999")).StatusCode);
        var member = await factory.SignedInClientAsync("startup@hub.demo");
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync("/events/999999/agenda")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync("/events/999999/people")).StatusCode);
    }

    [Fact]
    public async Task NobodyBrowsesTheAttendeesAsSomeoneElsesRegistration()
    {
        var scenario = await ArrangeAsync();
        var startupRegistration = scenario.People["startup@hub.demo"].RegistrationId;

        var investor = await factory.SignedInClientAsync("investor@hub.demo");
        Assert.Equal(HttpStatusCode.NotFound, (await investor.GetAsync($"/events/{scenario.EventId}/people?as={startupRegistration}")).StatusCode);

        var startup = await factory.SignedInClientAsync("startup@hub.demo");
        var own = await startup.GetAsync($"/events/{scenario.EventId}/people?as={startupRegistration}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("data-testid=\"attendee\"", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAgendaAsksForSignInAndSaysWhenTheScheduleIsNotPublishedYet()
    {
        var scenario = await ArrangeAsync();
        var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await anonymous.GetAsync($"/events/{scenario.EventId}/agenda");
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Unauthorized || (await response.Content.ReadAsStringAsync()).Contains("/account/login", StringComparison.Ordinal),
            $"Got {response.StatusCode}.");

        var startup = await factory.SignedInClientAsync("startup@hub.demo");
        var agenda = WebUtility.HtmlDecode(await startup.GetStringAsync($"/events/{scenario.EventId}/agenda"));
        Assert.Contains("The organisers haven't published the schedule yet; you'll be notified.", agenda, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"check-in-qr\"", agenda, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAttendeeListShowsTwentyAtATimeRankedWithReasons()
    {
        List<string> members;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            members = await db.Users.Where(u => u.Email!.EndsWith("@members.hub.demo") && db.ProfileMembers.Any(m => m.UserId == u.Id))
                .OrderBy(u => u.Email).Select(u => u.Email!).Take(24).ToListAsync();
        }

        var scenario = await EventScenario.ArrangeAsync(factory, DateTime.UtcNow, ["startup@hub.demo", .. members]);
        var startup = await factory.SignedInClientAsync("startup@hub.demo");
        var html = await startup.GetStringAsync($"/events/{scenario.EventId}/people?as={scenario.People["startup@hub.demo"].RegistrationId}");

        Assert.Equal(20, Regex.Count(html, "data-testid=\"attendee\""));
        Assert.Contains("Show more (4 left)", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"reasons\"", html, StringComparison.Ordinal);
        Assert.Contains("Everyone (24)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AProfileOfAKindTheEventDoesNotTakeCannotRegisterAndIsToldWhy()
    {
        var scenario = await EventScenario.ArrangeAsync(factory, DateTime.UtcNow, "investor@hub.demo");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            var e = await db.Events.Include(x => x.Sessions).SingleAsync(x => x.Id == scenario.EventId);
            var input = Hub.Core.Events.EventInput.From(e, TimeZoneInfo.FindSystemTimeZoneById(e.TimeZoneId));
            input.AllowedKinds = [Hub.Core.Profiles.ProfileKind.Investor];
            var updated = await scope.ServiceProvider.GetRequiredService<Hub.Core.Events.EventEditor>().UpdateAsync(scenario.OrganiserId, e.Id, input);
            Assert.True(updated.Succeeded, updated.Message);
        }

        var startup = await factory.SignedInClientAsync("startup@hub.demo");
        var html = WebUtility.HtmlDecode(await startup.GetStringAsync($"/events/{scenario.EventId}"));
        Assert.Contains("This event is open to Investor profiles only.", html, StringComparison.Ordinal);
        Assert.Matches("<button[^>]*disabled[^>]*data-testid=\"register\"|<button[^>]*data-testid=\"register\"[^>]*disabled", html);
    }

    [Fact]
    public async Task TheEventsListSaysTheFounderTookPartInThePastInvestorDay()
    {
        var startup = await factory.SignedInClientAsync("startup@hub.demo");

        var list = await startup.GetStringAsync("/events");

        var past = list[list.IndexOf(">Past<", StringComparison.Ordinal)..];
        Assert.Contains("Luxembourg AI Investor Day", past, StringComparison.Ordinal);
        Assert.Contains("You took part", past, StringComparison.Ordinal);
        Assert.DoesNotContain("You&#x27;re registered", past, StringComparison.Ordinal);
    }
}
