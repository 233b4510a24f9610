using System.Net;
using System.Threading.Channels;
using Hub.Core;
using Hub.Core.Events;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Web.Tests;

/// <summary>
/// A participant's agenda as a calendar: the signed-in download and the private feed, parsed back with Ical.Net as a
/// calendar app would, through moves, cancellations and republishing; and the live push when the schedule is published.
/// Each test gets its own freshly seeded hub on a clock it controls.
/// </summary>
public sealed class EventCalendarTests : IAsyncLifetime
{
    private const string Startup = "startup@hub.demo";
    private const string Investor = "investor@hub.demo";
    private const string Researcher = "researcher@hub.demo";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero));
    private readonly HubWebFactory factory;
    private HubConnection? _connection;

    public EventCalendarTests() =>
        factory = HubWebFactory.With(new Dictionary<string, string?> { ["Hub:Recommender:DemoHistory"] = "false" }, _clock);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        await factory.DisposeAsync();
    }

    private Task<EventScenario> ArrangeAsync() => EventScenario.ArrangeAsync(factory, _clock.GetUtcNow().UtcDateTime, Startup, Investor, Researcher);

    private async Task<(HttpResponseMessage Response, Calendar Calendar)> DownloadAsync(string email, string path)
    {
        var client = await factory.SignedInClientAsync(email);
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response, Calendar.Load(await response.Content.ReadAsStringAsync())!);
    }

    private static async Task<Agenda> AgendaAsync(EventScenario scenario, string email)
    {
        var agendas = await scenario.With<EventReader, IReadOnlyList<Agenda>>(r => r.AgendasAsync(scenario.People[email].UserId, scenario.EventId));
        return Assert.Single(agendas);
    }

    [Fact]
    public async Task TheAgendaDownloadsAsOneCalendarEntryPerMeetingWithStableUids()
    {
        var scenario = await ArrangeAsync();
        await scenario.GenerateAndPublishAsync();
        var agenda = await AgendaAsync(scenario, Startup);
        Assert.Equal(2, agenda.Meetings.Count);

        var (response, calendar) = await DownloadAsync(Startup, $"/events/{scenario.EventId}/agenda.ics");
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("applied-ai-matchmaking-day.ics", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));

        Assert.Equal(agenda.Meetings.Count, calendar.Events.Count);
        foreach (var meeting in agenda.Meetings)
        {
            var entry = Assert.Single(calendar.Events, e => e.Uid == $"hub-meeting-{meeting.Id}@{scenario.EventId}");
            Assert.Equal(meeting.StartsAt, entry.Start!.AsUtc);
            Assert.Equal(meeting.EndsAt, entry.End!.AsUtc);
            Assert.Contains(meeting.OtherName, entry.Summary, StringComparison.Ordinal);
            Assert.Equal(EventStatus.Confirmed, entry.Status);
        }

        // Downloading again gives the same identities: a calendar app updates, it does not duplicate.
        var (_, again) = await DownloadAsync(Startup, $"/events/{scenario.EventId}/agenda.ics");
        Assert.Equal(calendar.Events.Select(e => e.Uid).Order(), again.Events.Select(e => e.Uid).Order());
    }

    [Fact]
    public async Task AMovedMeetingKeepsItsUidWithAHigherSequenceAndItsNewTime()
    {
        var scenario = await ArrangeAsync();
        await scenario.GenerateAndPublishAsync();
        var path = $"/events/{scenario.EventId}/agenda.ics";
        var (_, before) = await DownloadAsync(Startup, path);
        var board = await scenario.BoardAsync();
        var startup = scenario.People[Startup].RegistrationId;
        var meeting = board.Meetings.First(m => m.A == startup || m.B == startup);
        var uid = $"hub-meeting-{meeting.Id}@{scenario.EventId}";
        var old = Assert.Single(before.Events, e => e.Uid == uid);

        // Move it to the first slot and table where both of them are free (the service refuses any conflict).
        var moved = false;
        foreach (var slot in board.Slots.Where(s => s.Index != meeting.Slot))
        {
            for (var table = 0; table < board.Tables.Count && !moved; table++)
            {
                moved = (await scenario.With<EventSchedule, Outcome>(s => s.MoveAsync(scenario.OrganiserId, meeting.Id, slot.Index, table))).Succeeded;
            }

            if (moved)
            {
                break;
            }
        }

        Assert.True(moved, "No free slot to move the meeting to.");
        await scenario.PublishAsync();
        var republished = await scenario.BoardAsync();
        var newSlot = republished.Slots[republished.Meetings.Single(m => m.Id == meeting.Id).Slot];
        Assert.NotEqual(meeting.Slot, newSlot.Index);

        var (_, after) = await DownloadAsync(Startup, path);
        var entry = Assert.Single(after.Events, e => e.Uid == uid);
        Assert.True(entry.Sequence > old.Sequence, $"SEQUENCE {entry.Sequence} should exceed {old.Sequence}.");
        Assert.Equal(newSlot.StartsAt, entry.Start!.AsUtc);
        Assert.NotEqual(old.Start!.AsUtc, entry.Start.AsUtc);
        Assert.Equal(before.Events.Count, after.Events.Count);
    }

    [Fact]
    public async Task AMeetingDroppedFromTheDraftIsCancelledInTheCalendarWhenRepublished()
    {
        var scenario = await ArrangeAsync();
        await scenario.GenerateAndPublishAsync();
        var board = await scenario.BoardAsync();
        var startup = scenario.People[Startup].RegistrationId;
        var dropped = board.Meetings.First(m => m.A == startup || m.B == startup);
        var kept = board.Meetings.Where(m => m.Id != dropped.Id).Select(m => new DraftMeeting(m.A, m.B, m.Slot, m.Table, m.Weight, m.Source)).ToList();
        var saved = await scenario.With<EventSchedule, Outcome>(s => s.SaveDraftAsync(scenario.OrganiserId, scenario.EventId, kept, new DraftSummary(0, 0, [])));
        Assert.True(saved.Succeeded, saved.Message);
        await scenario.PublishAsync();

        var (_, calendar) = await DownloadAsync(Startup, $"/events/{scenario.EventId}/agenda.ics");
        var cancelled = Assert.Single(calendar.Events, e => e.Uid == $"hub-meeting-{dropped.Id}@{scenario.EventId}");
        Assert.Equal(EventStatus.Cancelled, cancelled.Status);
        Assert.True(cancelled.Sequence > 0);
        Assert.All(calendar.Events.Where(e => e.Uid != cancelled.Uid), e => Assert.Equal(EventStatus.Confirmed, e.Status));
    }

    [Fact]
    public async Task ThePrivateFeedWorksWithoutSignInAndAWrongTokenIsNotFound()
    {
        var scenario = await ArrangeAsync();
        await scenario.GenerateAndPublishAsync();
        var agenda = await AgendaAsync(scenario, Investor);
        var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await anonymous.GetAsync($"/calendar/{agenda.Registration.CalendarToken}.ics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(agenda.Meetings.Select(m => $"hub-meeting-{m.Id}@{scenario.EventId}").Order(), calendar.Events.Select(e => e.Uid).Order());

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/calendar/0123456789abcdef0123456789abcdef.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/calendar/{agenda.Registration.CheckInCode}.ics")).StatusCode);
    }

    [Fact]
    public async Task NobodyDownloadsSomeoneElsesAgenda()
    {
        var scenario = await ArrangeAsync();
        await scenario.GenerateAndPublishAsync();
        var startupRegistration = scenario.People[Startup].RegistrationId;
        var path = $"/events/{scenario.EventId}/agenda.ics";

        // Another participant naming the startup's registration, and a member who is not at the event.
        var investor = await factory.SignedInClientAsync(Investor);
        Assert.Equal(HttpStatusCode.NotFound, (await investor.GetAsync($"{path}?registration={startupRegistration}")).StatusCode);
        var company = await factory.SignedInClientAsync("company@hub.demo");
        Assert.Equal(HttpStatusCode.NotFound, (await company.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await company.GetAsync($"{path}?registration={startupRegistration}")).StatusCode);

        // Without sign-in the download asks who you are.
        var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await anonymous.GetAsync(path);
        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Redirect, $"Got {response.StatusCode}.");
    }

    [Fact]
    public async Task PublishingTheSchedulePushesAgendaChangedToAParticipantsConnection()
    {
        var scenario = await ArrangeAsync();
        var cookie = await factory.AuthCookieAsync(Investor);
        var changes = Channel.CreateUnbounded<AgendaChanged>();
        _connection = new HubConnectionBuilder()
            .WithUrl(new Uri(factory.Server.BaseAddress, "hubs/live"), o =>
            {
                o.HttpMessageHandlerFactory = _ => factory.Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
                o.Headers["Cookie"] = cookie;
            })
            .Build();
        _connection.On<AgendaChanged>(AgendaChanged.Event, c => changes.Writer.TryWrite(c));
        await _connection.StartAsync();

        await scenario.GenerateAndPublishAsync();

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var change = await changes.Reader.ReadAsync(patience.Token);
        Assert.Equal(scenario.EventId, change.EventId);
        Assert.Equal("published", change.Reason);
    }
}
