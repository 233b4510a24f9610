using System.Net;

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
}
