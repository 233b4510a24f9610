using Hub.Core.Events;
using Hub.Core.Notifications;
using Hub.Core.Profiles;
using Hub.Core.Recommendations;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Tests;

public class EventServiceTests : IAsyncLifetime
{
    private TestDatabase _db = default!;
    private Person _olivia = default!;   // organiser@hub.demo (role Organiser)
    private Person _sam = default!;      // startup@hub.demo
    private Person _ines = default!;     // investor@hub.demo
    private Person _rui = default!;      // researcher@hub.demo
    private Person _cora = default!;     // company@hub.demo

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(Worlds.Demo());
        _olivia = await _db.PersonAsync("organiser@hub.demo");
        _sam = await _db.PersonAsync("startup@hub.demo");
        _ines = await _db.PersonAsync("investor@hub.demo");
        _rui = await _db.PersonAsync("researcher@hub.demo");
        _cora = await _db.PersonAsync("company@hub.demo");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task AnOrganiserCreatesAnEventWhoseSlotsFollowTheSessionsInTheEventsTimeZone()
    {
        var id = await _db.CreateEventAsync(_olivia);

        var slots = await _db.QueryAsync(c => c.EventSlots.Where(s => s.EventId == id).OrderBy(s => s.Index).ToListAsync());
        Assert.Equal(["08:00", "08:25", "08:50", "09:15", "09:40"], slots.Select(s => s.StartsAt.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(slots, s => Assert.Equal(20, (s.EndsAt - s.StartsAt).TotalMinutes));
        Assert.True(await _db.RunAsync<EventAccess, bool>(a => a.IsOrganiserAsync(_olivia.UserId, id)));
        var e = await _db.QueryAsync(c => c.Events.SingleAsync(x => x.Id == id));
        Assert.Equal(["Table 1", "Table 2", "Table 3"], e.Tables);
    }

    [Fact]
    public async Task AMemberWithoutTheOrganiserRoleCannotCreateAnEvent()
    {
        var events = await _db.QueryAsync(c => c.Events.CountAsync());
        var created = await _db.RunAsync<EventEditor, Outcome<int>>(e => e.CreateAsync(_sam.UserId, EventKit.Input()));

        Assert.Equal(OutcomeStatus.Forbidden, created.Status);
        Assert.Equal(events, await _db.QueryAsync(c => c.Events.CountAsync()));
    }

    [Fact]
    public async Task BadEventInputGetsAMessagePerFieldAndSavesNothing()
    {
        var events = await _db.QueryAsync(c => c.Events.CountAsync());
        var created = await _db.RunAsync<EventEditor, Outcome<int>>(e => e.CreateAsync(_olivia.UserId, EventKit.Input(i =>
        {
            i.Title = "AI";
            i.TimeZoneId = "Mars/Olympus";
            i.Sessions.Add(new SessionInput { StartsAt = new DateTime(2026, 12, 10, 10, 0, 0), EndsAt = new DateTime(2026, 12, 10, 12, 0, 0) });
            i.RegistrationClosesAt = new DateTime(2026, 12, 11, 0, 0, 0);
        })));

        Assert.Equal(OutcomeStatus.Invalid, created.Status);
        Assert.Contains("3 to 120 characters", created.Errors[nameof(EventInput.Title)][0], StringComparison.Ordinal);
        Assert.Contains("time zone", created.Errors[nameof(EventInput.TimeZoneId)][0], StringComparison.Ordinal);
        Assert.Equal("Sessions 1 and 2 overlap.", created.Errors[nameof(EventInput.Sessions)][0]);
        Assert.Equal("Registration must close before the first session starts.", created.Errors[nameof(EventInput.RegistrationClosesAt)][0]);
        Assert.Equal(events, await _db.QueryAsync(c => c.Events.CountAsync()));
    }

    [Fact]
    public async Task SessionTimesCannotChangeOnceASchedulePublishedAndTheEventStaysAsItWas()
    {
        var id = await _db.CreateEventAsync(_olivia);
        var sam = await _db.RegisterAsync(_sam, id);
        var ines = await _db.RegisterAsync(_ines, id);
        await _db.ApproveAsync(_olivia, id, sam, ines);
        await _db.PublishAsync(_olivia, id, (sam, ines, 0, 0));

        var updated = await _db.RunAsync<EventEditor, Outcome>(e => e.UpdateAsync(_olivia.UserId, id, EventKit.Input(i => i.MeetingMinutes = 30)));

        Assert.Equal(OutcomeStatus.Conflict, updated.Status);
        Assert.Equal(20, await _db.QueryAsync(c => c.Events.Where(e => e.Id == id).Select(e => e.MeetingMinutes).SingleAsync()));
    }

    [Fact]
    public async Task RegistrationWaitsForApprovalAndTheOrganisersBulkDecisionTellsEachParticipant()
    {
        var id = await _db.CreateEventAsync(_olivia);
        var sam = await _db.RegisterAsync(_sam, id);
        var ines = await _db.RegisterAsync(_ines, id);
        Assert.Equal(RegistrationStatus.Pending, await StatusAsync(sam));

        var notOrganiser = await _db.RunAsync<EventRegistrations, Outcome<int>>(r => r.DecideAsync(_sam.UserId, id, [sam, ines], approve: true));
        Assert.Equal(OutcomeStatus.Forbidden, notOrganiser.Status);
        Assert.Equal(RegistrationStatus.Pending, await StatusAsync(ines));

        await _db.ApproveAsync(_olivia, id, sam, ines);

        Assert.Equal(RegistrationStatus.Approved, await StatusAsync(sam));
        Assert.Equal(RegistrationStatus.Approved, await StatusAsync(ines));
        var told = Assert.Single(await _db.NotificationsOfAsync(_ines.UserId), n => n.Type == NotificationType.EventRegistration);
        Assert.Equal("You are in: AI Factory open day", told.Title);
        Assert.Equal(NotificationTarget.Event(id), told.Target);
    }

    [Fact]
    public async Task RegistrationRefusesAClosedWindowAKindTheEventDoesNotTakeAndAProfileTheUserDoesNotManage()
    {
        var id = await _db.CreateEventAsync(_olivia, i => i.AllowedKinds = [ProfileKind.Startup, ProfileKind.Investor]);

        var wrongKind = await _db.RunAsync<EventRegistrations, Outcome<int>>(r => r.RegisterAsync(_rui.UserId, id, _rui.ProfileId));
        Assert.Equal(OutcomeStatus.Invalid, wrongKind.Status);
        Assert.Equal("This event is open to Startup, Investor profiles only.", wrongKind.Message);

        var notMine = await _db.RunAsync<EventRegistrations, Outcome<int>>(r => r.RegisterAsync(_sam.UserId, id, _ines.ProfileId));
        Assert.Equal(OutcomeStatus.Forbidden, notMine.Status);

        _db.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 9, 18, 0, 0, TimeSpan.Zero));
        var late = await _db.RunAsync<EventRegistrations, Outcome<int>>(r => r.RegisterAsync(_sam.UserId, id, _sam.ProfileId));
        Assert.Equal(OutcomeStatus.Conflict, late.Status);
        Assert.Equal("Registration is closed.", late.Message);
        Assert.Equal(0, await _db.QueryAsync(c => c.EventRegistrations.CountAsync(r => r.EventId == id)));
    }

    [Fact]
    public async Task AParticipantSetsTheirGoalAndTheSlotsTheyCannotAttendButNotEverySlot()
    {
        var id = await _db.CreateEventAsync(_olivia);
        var sam = await _db.RegisterAsync(_sam, id);

        var saved = await _db.RunAsync<EventRegistrations, Outcome>(r => r.UpdateParticipationAsync(_sam.UserId, sam, "Meet two seed investors", [4, 1]));
        var all = await _db.RunAsync<EventRegistrations, Outcome>(r => r.UpdateParticipationAsync(_sam.UserId, sam, "x", [0, 1, 2, 3, 4]));
        var someoneElse = await _db.RunAsync<EventRegistrations, Outcome>(r => r.UpdateParticipationAsync(_ines.UserId, sam, "x", []));

        Assert.True(saved.Succeeded, saved.Message);
        Assert.Equal(OutcomeStatus.Invalid, all.Status);
        Assert.Equal(OutcomeStatus.NotFound, someoneElse.Status);
        var registration = await _db.QueryAsync(c => c.EventRegistrations.SingleAsync(r => r.Id == sam));
        Assert.Equal("Meet two seed investors", registration.Goal);
        Assert.Equal([1, 4], registration.UnavailableSlots);
    }

    [Fact]
    public async Task AMeetingRequestIsAcceptedByTheOtherSideAndReachesTheSchedulersInputs()
    {
        var (id, sam, ines) = await TwoApprovedAsync();

        var sent = await _db.RunAsync<MeetingRequests, Outcome<long>>(r => r.SendAsync(_sam.UserId, sam, ines, "Let's talk about your seed fund."));
        Assert.True(sent.Succeeded, sent.Message);
        var byTheSender = await _db.RunAsync<MeetingRequests, Outcome>(r => r.AcceptAsync(_sam.UserId, sent.Value));
        Assert.Equal(OutcomeStatus.NotFound, byTheSender.Status);
        var accepted = await _db.RunAsync<MeetingRequests, Outcome>(r => r.AcceptAsync(_ines.UserId, sent.Value));
        Assert.True(accepted.Succeeded, accepted.Message);

        var inputs = await _db.RunAsync<EventSchedule, Outcome<ScheduleInputs>>(s => s.InputsAsync(_olivia.UserId, id));
        Assert.Equal([(Math.Min(sam, ines), Math.Max(sam, ines))], inputs.Value!.AcceptedRequests);
        Assert.Contains(await _db.NotificationsOfAsync(_sam.UserId), n => n.Type == NotificationType.MeetingRequestAnswered && n.Title.EndsWith("accepted your meeting request", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NoThanksStopsRequestsFromThatParticipantAndVetoesThePair()
    {
        var (_, sam, ines) = await TwoApprovedAsync();
        var marked = await _db.RunAsync<EventRegistrations, Outcome>(r => r.MarkAsync(_ines.UserId, ines, sam, MeetingPreference.NoThanks));
        Assert.True(marked.Succeeded, marked.Message);

        var sent = await _db.RunAsync<MeetingRequests, Outcome<long>>(r => r.SendAsync(_sam.UserId, sam, ines, null));

        Assert.Equal(OutcomeStatus.Conflict, sent.Status);
        Assert.Equal(0, await _db.QueryAsync(c => c.MeetingRequests.CountAsync(r => r.FromRegistrationId == sam)));
    }

    [Fact]
    public async Task UnansweredRequestsExpireAndCountAgainstTheRecipientInTheInputs()
    {
        var (id, sam, ines) = await TwoApprovedAsync();
        var sent = await _db.RunAsync<MeetingRequests, Outcome<long>>(r => r.SendAsync(_sam.UserId, sam, ines, null));
        Assert.True(sent.Succeeded, sent.Message);

        _db.Clock.Advance(TimeSpan.FromDays(7));
        var expired = await _db.RunAsync<MeetingRequests, int>(r => r.ExpireDueAsync());

        Assert.Equal(1, expired);
        var inputs = await _db.RunAsync<EventSchedule, Outcome<ScheduleInputs>>(s => s.InputsAsync(_olivia.UserId, id));
        Assert.Equal(1, inputs.Value!.Participants.Single(p => p.RegistrationId == ines).Unanswered);
        Assert.Equal(0, inputs.Value!.Participants.Single(p => p.RegistrationId == sam).Unanswered);
        var late = await _db.RunAsync<MeetingRequests, Outcome>(r => r.AcceptAsync(_ines.UserId, sent.Value));
        Assert.Equal(OutcomeStatus.Conflict, late.Status);
    }

    [Fact]
    public async Task AHandMoveIntoASlotWhereOneOfThemIsBusyIsRefusedWithTheReason()
    {
        var (id, sam, ines) = await TwoApprovedAsync();
        var rui = await _db.RegisterAsync(_rui, id);
        await _db.ApproveAsync(_olivia, id, rui);
        await _db.RunAsync<EventSchedule, Outcome>(s => s.SaveDraftAsync(_olivia.UserId, id,
            [new DraftMeeting(sam, ines, 0, 0, 0.9, MeetingSource.Proposed), new DraftMeeting(sam, rui, 1, 0, 0.7, MeetingSource.Proposed)], new DraftSummary(1.6, 1.7, [])));
        var second = await _db.MeetingAsync(sam, rui);

        var clash = await _db.RunAsync<EventSchedule, Outcome>(s => s.MoveAsync(_olivia.UserId, second.Id, 0, 1));
        var byParticipant = await _db.RunAsync<EventSchedule, Outcome>(s => s.MoveAsync(_sam.UserId, second.Id, 2, 1));
        var moved = await _db.RunAsync<EventSchedule, Outcome>(s => s.MoveAsync(_olivia.UserId, second.Id, 3, 2));

        Assert.Equal(("One of them already has a meeting in that slot.", OutcomeStatus.Invalid), (clash.Message, clash.Status));
        Assert.Equal(OutcomeStatus.Forbidden, byParticipant.Status);
        Assert.True(moved.Succeeded, moved.Message);
        var after = await _db.MeetingAsync(sam, rui);
        Assert.Equal((3, 2, true), (after.SlotIndex, after.Table, after.Locked));
    }

    [Fact]
    public async Task PublishingPushesTheAgendaAndRepublishingAMoveRaisesTheSequenceWhileADroppedMeetingIsCancelled()
    {
        var (id, sam, ines) = await TwoApprovedAsync();
        var rui = await _db.RegisterAsync(_rui, id);
        await _db.ApproveAsync(_olivia, id, rui);
        var mark = _db.Pushes.Sent.Count;
        await _db.PublishAsync(_olivia, id, (sam, ines, 0, 0), (sam, rui, 1, 0));

        var pushes = _db.PushesSince(mark).Where(p => p.Event == AgendaChanged.Event).Select(p => p.UserId).ToHashSet();
        Assert.Superset(new HashSet<string> { _sam.UserId, _ines.UserId, _rui.UserId }, pushes);
        Assert.DoesNotContain(_olivia.UserId, pushes);
        var first = await _db.MeetingAsync(sam, ines);
        Assert.Equal((MeetingStatus.Published, 0, 0), (first.Status, first.PublishedSlotIndex, first.Sequence));

        await _db.RunAsync<EventSchedule, Outcome>(s => s.MoveAsync(_olivia.UserId, first.Id, 2, 1));
        await _db.RunAsync<EventSchedule, Outcome>(s => s.SaveDraftAsync(_olivia.UserId, id, [], new DraftSummary(0.5, 0.5, [])));
        var published = await _db.RunAsync<EventSchedule, Outcome<int>>(s => s.PublishAsync(_olivia.UserId, id));
        Assert.True(published.Succeeded, published.Message);

        var moved = await _db.MeetingAsync(sam, ines);
        Assert.Equal((MeetingStatus.Published, 2, 1, 1), (moved.Status, moved.PublishedSlotIndex, moved.PublishedTable, moved.Sequence));
        var dropped = await _db.MeetingAsync(sam, rui);
        Assert.Equal((MeetingStatus.Cancelled, 1), (dropped.Status, dropped.Sequence));
    }

    [Fact]
    public async Task TheCalendarKeepsEachMeetingsUidAndMarksCancelledMeetings()
    {
        var (id, sam, ines) = await TwoApprovedAsync();
        await _db.PublishAsync(_olivia, id, (sam, ines, 1, 2));
        var agenda = Assert.Single(await _db.RunAsync<EventReader, IReadOnlyList<Agenda>>(r => r.AgendasAsync(_sam.UserId, id)));
        var e = await _db.QueryAsync(c => c.Events.AsNoTracking().SingleAsync(x => x.Id == id));
        var meeting = Assert.Single(agenda.Meetings);

        var ics = EventCalendar.Write(e, agenda, new Dictionary<long, int> { [meeting.Id] = 3 });
        var cancelled = EventCalendar.Write(e, agenda with { Meetings = [meeting with { Cancelled = true }] }, new Dictionary<long, int> { [meeting.Id] = 4 });

        var entry = Assert.Single(Ical.Net.Calendar.Load(ics)!.Events);
        var again = Assert.Single(Ical.Net.Calendar.Load(cancelled)!.Events);
        Assert.Equal(entry.Uid, again.Uid);
        Assert.Equal((3, 4), (entry.Sequence, again.Sequence));
        Assert.Equal("CANCELLED", again.Status);
        Assert.Equal("Europe/Luxembourg", entry.Start!.TzId);
        Assert.Equal(new DateTime(2026, 12, 10, 9, 25, 0), entry.Start.Value);
        Assert.Contains("Table 3", entry.Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANoShowReportedDuringTheSlotRepairsTheReporterWithTheBestCheckedInParticipantFreeThen()
    {
        var (id, sam, ines) = await TwoApprovedAsync();
        var rui = await _db.RegisterAsync(_rui, id);
        var cora = await _db.RegisterAsync(_cora, id);
        await _db.ApproveAsync(_olivia, id, rui, cora);
        await _db.PublishAsync(_olivia, id, (sam, ines, 0, 1));
        foreach (var r in new[] { sam, rui, cora })
        {
            Assert.True((await _db.RunAsync<EventDay, Outcome<string>>(d => d.SetCheckedInAsync(_olivia.UserId, r, true))).Succeeded);
        }

        _db.PairScores.Set(_sam.ProfileId, _rui.ProfileId, 0.3);
        _db.PairScores.Set(_sam.ProfileId, _cora.ProfileId, 0.8);
        var meeting = await _db.MeetingAsync(sam, ines);

        var early = await _db.RunAsync<EventDay, Outcome<string?>>(d => d.ReportNoShowAsync(_sam.UserId, meeting.Id));
        Assert.Equal(OutcomeStatus.Conflict, early.Status);

        _db.Clock.SetUtcNow(EventKit.FirstSlot.AddMinutes(3));
        var mark = _db.Pushes.Sent.Count;
        var reported = await _db.RunAsync<EventDay, Outcome<string?>>(d => d.ReportNoShowAsync(_sam.UserId, meeting.Id));

        Assert.True(reported.Succeeded, reported.Message);
        var coraName = await _db.QueryAsync(c => c.Profiles.Where(p => p.Id == _cora.ProfileId).Select(p => p.Name).SingleAsync());
        Assert.Equal(coraName, reported.Value);
        var repaired = await _db.MeetingAsync(sam, cora);
        Assert.Equal((MeetingStatus.Published, 0, 1, MeetingSource.Repaired), (repaired.Status, repaired.PublishedSlotIndex, repaired.PublishedTable, repaired.Source));
        Assert.Equal(ines, (await _db.MeetingAsync(sam, ines)).NoShowRegistrationId);
        var agendaPushes = _db.PushesSince(mark).Where(p => p.Event == AgendaChanged.Event).Select(p => p.UserId).ToHashSet();
        Assert.Contains(_sam.UserId, agendaPushes);
        Assert.Contains(_cora.UserId, agendaPushes);
        Assert.Contains(await _db.NotificationsOfAsync(_cora.UserId), n => n.Type == NotificationType.MeetingChanged && n.Title.StartsWith("New meeting now at Table 2 with", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ParticipantsAreRemindedOnceShortlyBeforeTheirMeetingWithTableAndPartner()
    {
        var (id, sam, ines) = await TwoApprovedAsync();
        await _db.PublishAsync(_olivia, id, (sam, ines, 0, 2));
        _db.Clock.SetUtcNow(EventKit.FirstSlot.AddMinutes(-2));

        var first = await RunJobAsync<MeetingReminderJob>();
        var second = await RunJobAsync<MeetingReminderJob>();

        Assert.Equal(("1 meetings reminded.", "0 meetings reminded."), (first, second));
        var inesName = await _db.QueryAsync(c => c.Profiles.Where(p => p.Id == _ines.ProfileId).Select(p => p.Name).SingleAsync());
        var reminder = Assert.Single(await _db.NotificationsOfAsync(_sam.UserId), n => n.Type == NotificationType.MeetingReminder);
        Assert.Equal($"Next meeting in 2 minutes, Table 3, with {inesName}", reminder.Title);
    }

    [Fact]
    public async Task FeedbackOpensWhenTheMeetingStartsAndBecomesARecommenderLabel()
    {
        var (id, sam, ines) = await TwoApprovedAsync();
        await _db.PublishAsync(_olivia, id, (sam, ines, 0, 0));
        var meeting = await _db.MeetingAsync(sam, ines);

        var early = await _db.RunAsync<EventFeedback, Outcome>(f => f.SubmitAsync(_sam.UserId, meeting.Id, 5, MeetingOutcome.Pilot));
        _db.Clock.SetUtcNow(EventKit.FirstSlot.AddMinutes(25));
        var badRating = await _db.RunAsync<EventFeedback, Outcome>(f => f.SubmitAsync(_sam.UserId, meeting.Id, 0, MeetingOutcome.Pilot));
        var stranger = await _db.RunAsync<EventFeedback, Outcome>(f => f.SubmitAsync(_rui.UserId, meeting.Id, 5, MeetingOutcome.Pilot));
        var given = await _db.RunAsync<EventFeedback, Outcome>(f => f.SubmitAsync(_sam.UserId, meeting.Id, 5, MeetingOutcome.Pilot));

        Assert.Equal((OutcomeStatus.Conflict, OutcomeStatus.Invalid, OutcomeStatus.NotFound), (early.Status, badRating.Status, stranger.Status));
        Assert.True(given.Succeeded, given.Message);
        var signal = await _db.QueryAsync(c => c.InteractionSignals.SingleAsync(s => s.Source == $"event:{id}"));
        Assert.Equal((_sam.ProfileId, _ines.ProfileId, SignalKind.MeetingPositive), (signal.SeekerProfileId, signal.CandidateProfileId, signal.Kind));
        Assert.Equal(4, InteractionSignal.Grade(signal.Kind));

        var conversation = await _db.RunAsync<EventFeedback, Outcome<long>>(f => f.FollowUpAsync(_sam.UserId, meeting.Id));
        var again = await _db.RunAsync<EventFeedback, Outcome<long>>(f => f.FollowUpAsync(_ines.UserId, meeting.Id));
        Assert.True(conversation.Succeeded, conversation.Message);
        Assert.Equal(conversation.Value, again.Value);
    }

    [Fact]
    public async Task OnlyOrganisersSeeReportsAndTheCsvListsTheParticipants()
    {
        var (id, sam, ines) = await TwoApprovedAsync();
        await _db.PublishAsync(_olivia, id, (sam, ines, 0, 0));

        var denied = await _db.RunAsync<EventReports, Outcome<string>>(r => r.ExportAsync(_sam.UserId, id, "participants"));
        var csv = await _db.RunAsync<EventReports, Outcome<string>>(r => r.ExportAsync(_olivia.UserId, id, "participants"));
        var analytics = await _db.RunAsync<EventReports, Outcome<EventAnalytics>>(r => r.AnalyticsAsync(_olivia.UserId, id));

        Assert.Equal(OutcomeStatus.Forbidden, denied.Status);
        var lines = csv.Value!.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("registration_id,profile_id,name,kind", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.Equal((2, 2, 1), (analytics.Value!.Registrations, analytics.Value.Approved, analytics.Value.MeetingsScheduled));
    }

    private async Task<(int Event, int Sam, int Ines)> TwoApprovedAsync()
    {
        var id = await _db.CreateEventAsync(_olivia);
        var sam = await _db.RegisterAsync(_sam, id);
        var ines = await _db.RegisterAsync(_ines, id);
        await _db.ApproveAsync(_olivia, id, sam, ines);
        return (id, sam, ines);
    }

    private Task<RegistrationStatus> StatusAsync(int registrationId) =>
        _db.QueryAsync(c => c.EventRegistrations.Where(r => r.Id == registrationId).Select(r => r.Status).SingleAsync());

    private Task<string> RunJobAsync<T>() where T : Jobs.IPeriodicJob =>
        _db.RunAsync<T, string>(job => job.RunAsync(new Jobs.JobRun(null, _db.Clock.GetUtcNow().UtcDateTime), CancellationToken.None));
}

public class DemoEventTests
{
    [Fact]
    public async Task TheDemoHasAPastEventWithAPublishedScheduleAndFeedbackAndAnUpcomingOneOpenForRegistration()
    {
        await using var db = await TestDatabase.CreateAsync(Worlds.Demo());
        var olivia = await db.PersonAsync("organiser@hub.demo");
        var sam = await db.PersonAsync("startup@hub.demo");

        var events = await db.RunAsync<EventReader, IReadOnlyList<EventSummary>>(r => r.ListAsync(olivia.UserId));

        Assert.Equal(2, events.Count);
        var upcoming = events[0];
        var past = events[1];
        Assert.Equal(("AI Factory Open Day", true, true), (upcoming.Title, upcoming.RegistrationOpen, upcoming.Organising));
        Assert.True(past.EndsAt < db.Clock.GetUtcNow().UtcDateTime);
        var agenda = Assert.Single(await db.RunAsync<EventReader, IReadOnlyList<Agenda>>(r => r.AgendasAsync(sam.UserId, past.Id)));
        Assert.NotEmpty(agenda.Meetings);
        Assert.All(agenda.Meetings, m => Assert.Null(m.MyRating));
        var analytics = await db.RunAsync<EventReports, Outcome<EventAnalytics>>(r => r.AnalyticsAsync(olivia.UserId, past.Id));
        Assert.True(analytics.Value!.MeetingsHeld >= 30, $"{analytics.Value.MeetingsHeld} meetings held");
        Assert.True(analytics.Value.RatingCounts.Sum() >= 30);
        Assert.True(analytics.Value.NoShows > 0);
        Assert.NotEmpty(analytics.Value.BySector);
        Assert.All(analytics.Value.BySector, s => Assert.InRange(s.Meetings, 0, analytics.Value.MeetingsHeld));
        var registered = await db.RunAsync<EventRegistrations, Outcome<int>>(r => r.RegisterAsync(sam.UserId, upcoming.Id, sam.ProfileId));
        Assert.True(registered.Succeeded, registered.Message);
    }
}
