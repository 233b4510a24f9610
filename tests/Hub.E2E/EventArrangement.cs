using Hub.Core;
using Hub.Core.Data;
using Hub.Core.Events;
using Hub.Web.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.E2E;

/// <summary>
/// Arranges what an organiser does for a test through Core's services: an open event a week ahead, approvals, and
/// generating and publishing the schedule. Participants act in the browser.
/// </summary>
public sealed class EventArrangement(IServiceProvider services, string organiserId, int eventId)
{
    public int EventId { get; } = eventId;

    public static async Task<EventArrangement> CreateAsync(IServiceProvider services, string title)
    {
        var organiserId = await WithAsync<HubDbContext, string>(services, db => db.Users.Where(u => u.Email == "organiser@hub.demo").Select(u => u.Id).SingleAsync());
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Luxembourg");
        var today = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, zone).Date;
        var input = new EventInput
        {
            Title = title,
            Description = "A morning of one-to-one meetings between AI startups, investors and research labs.\nBring your deck and your questions.",
            Venue = "European Convention Center, Kirchberg",
            TimeZoneId = zone.Id,
            MeetingMinutes = 20,
            BreakMinutes = 5,
            TableCount = 4,
            RegistrationOpensAt = today.AddDays(-1),
            RegistrationClosesAt = today.AddDays(6),
            Sessions = [new SessionInput { Name = "Morning", StartsAt = today.AddDays(7).AddHours(9), EndsAt = today.AddDays(7).AddHours(11) }],
        };
        var created = await WithAsync<EventEditor, Outcome<int>>(services, e => e.CreateAsync(organiserId, input));
        Assert.True(created.Succeeded, created.Message);
        return new EventArrangement(services, organiserId, created.Value);
    }

    /// <summary>A demo account's user id and the first profile it manages.</summary>
    public Task<(string UserId, int ProfileId)> DemoAsync(string email) => WithAsync<HubDbContext, (string, int)>(services, async db =>
    {
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return (userId, await db.ProfileMembers.Where(m => m.UserId == userId).OrderBy(m => m.ProfileId).Select(m => m.ProfileId).FirstAsync());
    });

    /// <summary>Registers the demo accounts' first profiles (as those users) without the browser.</summary>
    public async Task<IReadOnlyList<int>> RegisterAsync(params string[] emails)
    {
        var ids = new List<int>();
        foreach (var email in emails)
        {
            var (userId, profileId) = await DemoAsync(email);
            var registered = await WithAsync<EventRegistrations, Outcome<int>>(services, r => r.RegisterAsync(userId, EventId, profileId));
            Assert.True(registered.Succeeded, registered.Message);
            ids.Add(registered.Value);
        }

        return ids;
    }

    /// <summary>Approves every pending registration, as the organiser.</summary>
    public async Task ApprovePendingAsync()
    {
        var pending = await WithAsync<HubDbContext, List<int>>(services, db =>
            db.EventRegistrations.Where(r => r.EventId == EventId && r.Status == RegistrationStatus.Pending).Select(r => r.Id).ToListAsync());
        var approved = await WithAsync<EventRegistrations, Outcome<int>>(services, r => r.DecideAsync(organiserId, EventId, pending, true));
        Assert.True(approved.Succeeded, approved.Message);
    }

    public async Task GenerateAndPublishAsync()
    {
        var generated = await WithAsync<ScheduleGenerator, Outcome<DraftSummary>>(services, g => g.GenerateAsync(organiserId, EventId, 2));
        Assert.True(generated.Succeeded, generated.Message);
        var published = await WithAsync<EventSchedule, Outcome<int>>(services, s => s.PublishAsync(organiserId, EventId));
        Assert.True(published.Succeeded, published.Message);
    }

    public Task<int> RegistrationIdAsync(int profileId) => WithAsync<HubDbContext, int>(services, db =>
        db.EventRegistrations.Where(r => r.EventId == EventId && r.ProfileId == profileId).Select(r => r.Id).SingleAsync());

    /// <summary>
    /// Brings the event day to now: every slot and session moves so that the first slot started two minutes ago. (Core
    /// refuses to move times once a schedule exists, rightly; a browser test cannot wait a week, so it moves the rows.)
    /// </summary>
    public Task StartTheDayAsync() => WithAsync<HubDbContext, int>(services, async db =>
    {
        var slots = await db.EventSlots.Where(s => s.EventId == EventId).OrderBy(s => s.Index).ToListAsync();
        var shift = DateTime.UtcNow.AddMinutes(-2) - slots[0].StartsAt;
        foreach (var slot in slots)
        {
            (slot.StartsAt, slot.EndsAt) = (slot.StartsAt + shift, slot.EndsAt + shift);
        }

        foreach (var session in await db.Set<EventSession>().Where(s => s.EventId == EventId).ToListAsync())
        {
            (session.StartsAt, session.EndsAt) = (session.StartsAt + shift, session.EndsAt + shift);
        }

        return await db.SaveChangesAsync();
    });

    /// <summary>The feedback left on the event's meetings: rating and outcome.</summary>
    public Task<List<MeetingFeedback>> FeedbackAsync() => WithAsync<HubDbContext, List<MeetingFeedback>>(services, db =>
        db.MeetingFeedback.Where(f => db.EventMeetings.Any(m => m.Id == f.MeetingId && m.EventId == EventId)).ToListAsync());

    public Task<string> ProfileNameAsync(int profileId) =>
        WithAsync<HubDbContext, string>(services, db => db.Profiles.Where(p => p.Id == profileId).Select(p => p.Name).SingleAsync());

    private static async Task<T> WithAsync<TService, T>(IServiceProvider services, Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
