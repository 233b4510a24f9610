using System.Net;
using Hub.Core;
using Hub.Core.Events;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Web.Tests;

/// <summary>The agenda page through the day, on a clock the test moves: what a participant can do before, during and after a meeting.</summary>
public sealed class AgendaPageTests : IAsyncLifetime
{
    private const string Startup = "startup@hub.demo";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero));
    private readonly HubWebFactory factory;

    public AgendaPageTests() =>
        factory = HubWebFactory.With(new Dictionary<string, string?> { ["Hub:Recommender:DemoHistory"] = "false" }, _clock);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private async Task<string> AgendaHtmlAsync(int eventId) =>
        WebUtility.HtmlDecode(await (await factory.SignedInClientAsync(Startup)).GetStringAsync($"/events/{eventId}/agenda"));

    [Fact]
    public async Task TheNoShowButtonShowsOnlyWhileTheMeetingRunsAndFeedbackOnceItStarted()
    {
        var scenario = await EventScenario.ArrangeAsync(factory, _clock.GetUtcNow().UtcDateTime, Startup, "investor@hub.demo");
        await scenario.GenerateAndPublishAsync();
        var agendas = await scenario.With<EventReader, IReadOnlyList<Agenda>>(r => r.AgendasAsync(scenario.People[Startup].UserId, scenario.EventId));
        var meeting = Assert.Single(Assert.Single(agendas).Meetings);

        var before = await AgendaHtmlAsync(scenario.EventId);
        Assert.Contains("data-testid=\"meeting\"", before, StringComparison.Ordinal);
        Assert.Contains(meeting.OtherName, before, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"report-no-show\"", before, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"feedback\"", before, StringComparison.Ordinal);

        _clock.SetUtcNow(new DateTimeOffset(meeting.StartsAt.AddMinutes(1), TimeSpan.Zero));
        var during = await AgendaHtmlAsync(scenario.EventId);
        Assert.Contains("data-testid=\"report-no-show\"", during, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"feedback\"", during, StringComparison.Ordinal);

        _clock.SetUtcNow(new DateTimeOffset(meeting.EndsAt.AddMinutes(1), TimeSpan.Zero));
        var after = await AgendaHtmlAsync(scenario.EventId);
        Assert.DoesNotContain("data-testid=\"report-no-show\"", after, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"feedback\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACancelledMeetingIsStruckThroughWithoutActions()
    {
        var scenario = await EventScenario.ArrangeAsync(factory, _clock.GetUtcNow().UtcDateTime, Startup, "investor@hub.demo");
        await scenario.GenerateAndPublishAsync();
        var cleared = await scenario.With<EventSchedule, Outcome>(s => s.ClearDraftAsync(scenario.OrganiserId, scenario.EventId));
        Assert.True(cleared.Succeeded, cleared.Message);
        // An empty draft cannot be published: the cancellation goes out with the next real schedule, here the researcher's.
        var (researcher, researcherProfile) = await factory.DemoProfileAsync("researcher@hub.demo");
        var registered = await scenario.With<EventRegistrations, Outcome<int>>(r => r.RegisterAsync(researcher, scenario.EventId, researcherProfile));
        Assert.True((await scenario.With<EventRegistrations, Outcome<int>>(r => r.DecideAsync(scenario.OrganiserId, scenario.EventId, [registered.Value], true))).Succeeded);
        var board = await scenario.BoardAsync();
        var others = board.Participants.Where(p => p.RegistrationId != scenario.People[Startup].RegistrationId).Select(p => p.RegistrationId).ToList();
        var saved = await scenario.With<EventSchedule, Outcome>(s => s.SaveDraftAsync(scenario.OrganiserId, scenario.EventId,
            [new DraftMeeting(others[0], others[1], 0, 0, 1, MeetingSource.Manual)], new DraftSummary(1, 1, [])));
        Assert.True(saved.Succeeded, saved.Message);
        await scenario.PublishAsync();

        var html = await AgendaHtmlAsync(scenario.EventId);
        Assert.Contains("data-cancelled=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("<s>", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"meeting-cancelled\"", html, StringComparison.Ordinal);

        _clock.SetUtcNow(new DateTimeOffset(board.Slots[0].StartsAt.AddMinutes(1), TimeSpan.Zero));
        var during = await AgendaHtmlAsync(scenario.EventId);
        Assert.DoesNotContain("data-testid=\"report-no-show\"", during, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"feedback\"", during, StringComparison.Ordinal);
    }
}
