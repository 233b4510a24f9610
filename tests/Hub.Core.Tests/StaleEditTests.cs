using Hub.Core.Compute;
using Hub.Core.Events;
using Hub.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using static Hub.Core.Tests.Compute.ComputeKit;

namespace Hub.Core.Tests;

/// <summary>
/// Two people editing the same offer, or two organisers working on the same schedule: the one acting on an older copy
/// gets a clear message, and what the other saved stays as they saved it.
/// </summary>
public class StaleEditTests : IAsyncLifetime
{
    private TestDatabase _db = default!;
    private Person _provider = default!;   // compute@hub.demo
    private Person _olivia = default!;     // organiser@hub.demo
    private Person _oscar = default!;      // a second organiser of the same event
    private int _eventId;
    private int _sam;
    private int _ines;
    private int _rui;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(Worlds.Demo());
        _provider = await _db.PersonAsync("compute@hub.demo");
        _olivia = await _db.PersonAsync("organiser@hub.demo");
        _oscar = await _db.CreatePersonAsync("oscar@example.com", "Oscar Second");
        _eventId = await _db.CreateEventAsync(_olivia);
        var added = await _db.RunAsync<EventEditor, Outcome>(e => e.AddOrganiserAsync(_olivia.UserId, _eventId, _oscar.Email));
        Assert.True(added.Succeeded, added.Message);
        _sam = await _db.RegisterAsync(await _db.PersonAsync("startup@hub.demo"), _eventId);
        _ines = await _db.RegisterAsync(await _db.PersonAsync("investor@hub.demo"), _eventId);
        _rui = await _db.RegisterAsync(await _db.PersonAsync("researcher@hub.demo"), _eventId);
        await _db.ApproveAsync(_olivia, _eventId, _sam, _ines, _rui);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<ComputeOfferInput> OpenOfferFormAsync(int offerId) =>
        _db.QueryAsync(async c => ComputeOfferInput.From(await c.ComputeOffers.AsNoTracking().SingleAsync(o => o.Id == offerId)));

    private Task<int> BoardVersionAsync(Person organiser) =>
        _db.RunAsync<EventSchedule, int>(async s => (await s.BoardAsync(organiser.UserId, _eventId)).Value!.Event.ScheduleVersion);

    private Task<Outcome> DraftAsync(Person organiser, int? seen, params (int A, int B, int Slot, int Table)[] meetings) =>
        _db.RunAsync<EventSchedule, Outcome>(s => s.SaveDraftAsync(organiser.UserId, _eventId,
            [.. meetings.Select(m => new DraftMeeting(m.A, m.B, m.Slot, m.Table, 0.5, MeetingSource.Proposed))], new DraftSummary(1, 1, []), seen));

    [Fact]
    public async Task AnOfferSavedFromAnOlderFormIsRefusedAndTheNewerSaveStays()
    {
        var offerId = await _db.CreateOfferAsync(_provider);
        var first = await OpenOfferFormAsync(offerId);
        var second = await OpenOfferFormAsync(offerId);

        first.Title = "H100 nodes for SMEs, winter call";
        var saved = await _db.RunAsync<ComputeOffers, Outcome>(o => o.UpdateAsync(_provider.UserId, offerId, first));
        second.Title = "An older idea of the title";
        var stale = await _db.RunAsync<ComputeOffers, Outcome>(o => o.UpdateAsync(_provider.UserId, offerId, second));

        Assert.True(saved.Succeeded, saved.Message);
        Assert.Equal(OutcomeStatus.Conflict, stale.Status);
        Assert.Equal("Someone else changed this offer since you opened it; reload to see their changes.", stale.Message);
        Assert.Equal("H100 nodes for SMEs, winter call", await _db.QueryAsync(c => c.ComputeOffers.Where(o => o.Id == offerId).Select(o => o.Title).SingleAsync()));
    }

    [Fact]
    public async Task PausingAnOfferMakesAFormOpenedBeforeThePauseStale()
    {
        var offerId = await _db.CreateOfferAsync(_provider);
        var form = await OpenOfferFormAsync(offerId);

        var paused = await _db.RunAsync<ComputeOffers, Outcome>(o => o.SetStatusAsync(_provider.UserId, offerId, OfferStatus.Paused));
        form.GpuHoursPerMonth = 1200;
        var stale = await _db.RunAsync<ComputeOffers, Outcome>(o => o.UpdateAsync(_provider.UserId, offerId, form));

        Assert.True(paused.Succeeded, paused.Message);
        Assert.Equal(OutcomeStatus.Conflict, stale.Status);
        Assert.Equal(1000, await _db.QueryAsync(c => c.ComputeOffers.Where(o => o.Id == offerId).Select(o => o.GpuHoursPerMonth).SingleAsync()));
    }

    [Fact]
    public async Task AnOfferFormOpenedAfterTheLastChangeSaves()
    {
        var offerId = await _db.CreateOfferAsync(_provider);
        var first = await OpenOfferFormAsync(offerId);
        first.Title = "First change";
        await _db.RunAsync<ComputeOffers, Outcome>(o => o.UpdateAsync(_provider.UserId, offerId, first));

        var fresh = await OpenOfferFormAsync(offerId);
        fresh.Title = "Second change";
        var saved = await _db.RunAsync<ComputeOffers, Outcome>(o => o.UpdateAsync(_provider.UserId, offerId, fresh));

        Assert.True(saved.Succeeded, saved.Message);
        Assert.Equal("Second change", await _db.QueryAsync(c => c.ComputeOffers.Where(o => o.Id == offerId).Select(o => o.Title).SingleAsync()));
    }

    [Fact]
    public async Task PublishingFromABoardAnotherOrganiserChangedSinceIsRefusedAndSendsNothing()
    {
        Assert.True((await DraftAsync(_olivia, null, (_sam, _ines, 0, 0))).Succeeded);
        var oliviaLooked = await BoardVersionAsync(_olivia);

        var oscarsDraft = await DraftAsync(_oscar, await BoardVersionAsync(_oscar), (_sam, _rui, 1, 0));
        var published = await _db.RunAsync<EventSchedule, Outcome<int>>(s => s.PublishAsync(_olivia.UserId, _eventId, oliviaLooked));

        Assert.True(oscarsDraft.Succeeded, oscarsDraft.Message);
        Assert.Equal(OutcomeStatus.Conflict, published.Status);
        Assert.StartsWith("Another organiser changed the schedule since you looked at it.", published.Message, StringComparison.Ordinal);
        Assert.False(await _db.QueryAsync(c => c.EventMeetings.AnyAsync(m => m.EventId == _eventId && m.Status == MeetingStatus.Published)));
        Assert.False(await _db.QueryAsync(c => c.Notifications.AnyAsync(n => n.Type == NotificationType.AgendaPublished)));
    }

    [Fact]
    public async Task AHandMoveFromAnOlderBoardDoesNotUndoANewDraft()
    {
        Assert.True((await DraftAsync(_olivia, null, (_sam, _ines, 0, 0))).Succeeded);
        var oliviaLooked = await BoardVersionAsync(_olivia);
        var meeting = await _db.MeetingAsync(_sam, _ines);

        Assert.True((await DraftAsync(_oscar, await BoardVersionAsync(_oscar), (_sam, _ines, 3, 2))).Succeeded);
        var moved = await _db.RunAsync<EventSchedule, Outcome>(s => s.MoveAsync(_olivia.UserId, meeting.Id, 1, 1, oliviaLooked));
        var locked = await _db.RunAsync<EventSchedule, Outcome>(s => s.LockAsync(_olivia.UserId, meeting.Id, true, oliviaLooked));

        Assert.Equal(OutcomeStatus.Conflict, moved.Status);
        Assert.Equal(OutcomeStatus.Conflict, locked.Status);
        var now = await _db.MeetingAsync(_sam, _ines);
        Assert.Equal((3, 2, false), (now.SlotIndex!.Value, now.Table, now.Locked));
    }

    [Fact]
    public async Task EveryScheduleChangeRaisesTheVersionOnce()
    {
        var start = await BoardVersionAsync(_olivia);
        await DraftAsync(_olivia, start, (_sam, _ines, 0, 0));
        var meeting = await _db.MeetingAsync(_sam, _ines);
        await _db.RunAsync<EventSchedule, Outcome>(s => s.LockAsync(_olivia.UserId, meeting.Id, true, start + 1));
        await _db.RunAsync<EventSchedule, Outcome>(s => s.MoveAsync(_olivia.UserId, meeting.Id, 2, 1, start + 2));
        var published = await _db.RunAsync<EventSchedule, Outcome<int>>(s => s.PublishAsync(_olivia.UserId, _eventId, start + 3));

        Assert.True(published.Succeeded, published.Message);
        Assert.Equal(start + 4, await BoardVersionAsync(_olivia));
    }

    [Fact]
    public async Task TwoOrganisersPublishingTheSameBoardAtOnceNotifyParticipantsOnce()
    {
        Assert.True((await DraftAsync(_olivia, null, (_sam, _ines, 0, 0), (_ines, _rui, 1, 0))).Succeeded);
        var looked = await BoardVersionAsync(_olivia);

        using var start = new ManualResetEventSlim();
        var publishes = new[] { _olivia, _oscar }.Select(o => Task.Run(async () =>
        {
            start.Wait();
            return await _db.RunAsync<EventSchedule, Outcome<int>>(s => s.PublishAsync(o.UserId, _eventId, looked));
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(publishes);

        Assert.Equal(1, results.Count(r => r.Succeeded));
        Assert.Equal(OutcomeStatus.Conflict, results.Single(r => !r.Succeeded).Status);
        var notified = await _db.QueryAsync(c => c.Notifications.Where(n => n.Type == NotificationType.AgendaPublished).Select(n => n.UserId).ToListAsync());
        Assert.NotEmpty(notified);
        Assert.Equal(notified.Distinct().Count(), notified.Count);
    }
}
