using Hub.Core.Events;
using Hub.Core.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Tests;

/// <summary>Steps event tests start from: an event on the test clock's day, registrations, approvals, a published schedule.</summary>
public static class EventKit
{
    /// <summary>
    /// An event on 2026-12-10 in Luxembourg (UTC+1 then): one session 09:00–11:00 local with 20-minute meetings and
    /// 5-minute breaks (five slots: 09:00, 09:25, 09:50, 10:15, 10:40), three tables, registration open from the test
    /// clock's day until the day before.
    /// </summary>
    public static EventInput Input(Action<EventInput>? change = null)
    {
        var input = new EventInput
        {
            Title = "AI Factory open day",
            Description = "Startups meet the AI Factory's partners.",
            Venue = "Luxembourg-Kirchberg",
            TimeZoneId = "Europe/Luxembourg",
            MeetingMinutes = 20,
            BreakMinutes = 5,
            TableCount = 3,
            RegistrationOpensAt = new DateTime(2026, 11, 1, 0, 0, 0),
            RegistrationClosesAt = new DateTime(2026, 12, 9, 18, 0, 0),
            ApprovalRequired = true,
            MaxMeetingsPerParticipant = 4,
            BreakAfterConsecutive = 0,
            FairnessMinimum = 1,
            Sessions = [new SessionInput { Name = "Morning", StartsAt = new DateTime(2026, 12, 10, 9, 0, 0), EndsAt = new DateTime(2026, 12, 10, 11, 0, 0) }],
        };
        change?.Invoke(input);
        return input;
    }

    /// <summary>The first slot's start in UTC.</summary>
    public static readonly DateTimeOffset FirstSlot = new(2026, 12, 10, 8, 0, 0, TimeSpan.Zero);

    public static async Task<int> CreateEventAsync(this TestDatabase db, Person organiser, Action<EventInput>? change = null)
    {
        var created = await db.RunAsync<EventEditor, Outcome<int>>(e => e.CreateAsync(organiser.UserId, Input(change)));
        Assert.True(created.Succeeded, created.Message);
        return created.Value;
    }

    public static async Task<int> RegisterAsync(this TestDatabase db, Person person, int eventId)
    {
        var registered = await db.RunAsync<EventRegistrations, Outcome<int>>(r => r.RegisterAsync(person.UserId, eventId, person.ProfileId));
        Assert.True(registered.Succeeded, registered.Message);
        return registered.Value;
    }

    public static async Task ApproveAsync(this TestDatabase db, Person organiser, int eventId, params int[] registrations)
    {
        var decided = await db.RunAsync<EventRegistrations, Outcome<int>>(r => r.DecideAsync(organiser.UserId, eventId, registrations, approve: true));
        Assert.True(decided.Succeeded, decided.Message);
    }

    /// <summary>Saves a draft of the given meetings (registration ids, slot, table) and publishes it.</summary>
    public static async Task PublishAsync(this TestDatabase db, Person organiser, int eventId, params (int A, int B, int Slot, int Table)[] meetings)
    {
        var saved = await db.RunAsync<EventSchedule, Outcome>(s => s.SaveDraftAsync(organiser.UserId, eventId,
            [.. meetings.Select(m => new DraftMeeting(m.A, m.B, m.Slot, m.Table, 0.5, MeetingSource.Proposed))], new DraftSummary(meetings.Length * 0.5, meetings.Length * 0.5, [])));
        Assert.True(saved.Succeeded, saved.Message);
        var published = await db.RunAsync<EventSchedule, Outcome<int>>(s => s.PublishAsync(organiser.UserId, eventId));
        Assert.True(published.Succeeded, published.Message);
    }

    public static Task<EventMeeting> MeetingAsync(this TestDatabase db, int a, int b) =>
        db.QueryAsync(c => c.EventMeetings.AsNoTracking().SingleAsync(m => (m.ARegistrationId == a && m.BRegistrationId == b) || (m.ARegistrationId == b && m.BRegistrationId == a)));

    /// <summary>A demo member of a profile of the kind, made for a test (the demo has many).</summary>
    public static async Task<Person> MemberOfKindAsync(this TestDatabase db, ProfileKind kind, int skip)
    {
        var profileId = await db.QueryAsync(c => c.Profiles.Where(p => p.Kind == kind).OrderBy(p => p.Id).Skip(skip).Select(p => p.Id).FirstAsync());
        var person = await db.CreatePersonAsync($"member-{kind}-{skip}@example.com", $"Member {kind} {skip}");
        return await db.JoinAsync(person, profileId, ProfileRole.Owner);
    }
}
