using Hub.Core;
using Hub.Core.Data;
using Hub.Core.Events;
using Hub.Web.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Web.Tests;

/// <summary>
/// A matchmaking event arranged through Core's services as people would: the demo organiser creates it a week ahead,
/// demo profiles register and are approved, and the organiser generates and publishes a schedule.
/// </summary>
public sealed class EventScenario(IServiceProvider services, string organiserId, int eventId, IReadOnlyDictionary<string, (string UserId, int RegistrationId)> people)
{
    public string OrganiserId { get; } = organiserId;

    public int EventId { get; } = eventId;

    /// <summary>Each participant's account and registration, by demo e-mail.</summary>
    public IReadOnlyDictionary<string, (string UserId, int RegistrationId)> People { get; } = people;

    /// <summary>Creates the event (registration open now, one morning session in a week) and approves each account's first profile.</summary>
    public static async Task<EventScenario> ArrangeAsync(HubWebFactory factory, DateTime nowUtc, params string[] participants)
    {
        var services = factory.Services;
        var organiserId = await With<HubDbContext, string>(services, db => db.Users.Where(u => u.Email == "organiser@hub.demo").Select(u => u.Id).SingleAsync());
        var day = nowUtc.Date.AddDays(7);
        var input = new EventInput
        {
            Title = "Applied AI Matchmaking Day",
            Description = "One-to-one meetings between startups, investors and labs.",
            Venue = "European Convention Center",
            TimeZoneId = "Europe/Luxembourg",
            MeetingMinutes = 20,
            BreakMinutes = 5,
            TableCount = 3,
            RegistrationOpensAt = nowUtc.AddDays(-1),
            RegistrationClosesAt = day.AddDays(-1),
            Sessions = [new SessionInput { Name = "Morning", StartsAt = day.AddHours(9), EndsAt = day.AddHours(11) }],
        };
        var created = await With<EventEditor, Outcome<int>>(services, e => e.CreateAsync(organiserId, input));
        Assert.True(created.Succeeded, created.Message);
        var eventId = created.Value;

        var people = new Dictionary<string, (string, int)>();
        foreach (var email in participants)
        {
            var (userId, profileId) = await factory.DemoProfileAsync(email);
            var registered = await With<EventRegistrations, Outcome<int>>(services, r => r.RegisterAsync(userId, eventId, profileId));
            Assert.True(registered.Succeeded, registered.Message);
            people[email] = (userId, registered.Value);
        }

        var approved = await With<EventRegistrations, Outcome<int>>(services, r => r.DecideAsync(organiserId, eventId, [.. people.Values.Select(p => p.Item2)], true));
        Assert.True(approved.Succeeded, approved.Message);
        // Everyone would like to meet everyone: demo pairs who already met at the demo's investor day are then proposed again.
        foreach (var (from, to) in people.Values.SelectMany(a => people.Values.Where(b => b != a).Select(b => (a, b))))
        {
            var marked = await With<EventRegistrations, Outcome>(services, r => r.MarkAsync(from.Item1, from.Item2, to.Item2, MeetingPreference.WouldLike));
            Assert.True(marked.Succeeded, marked.Message);
        }

        return new EventScenario(services, organiserId, eventId, people);
    }

    /// <summary>Generates a draft with the web app's generator and publishes it.</summary>
    public async Task GenerateAndPublishAsync()
    {
        var generated = await With<ScheduleGenerator, Outcome<DraftSummary>>(services, g => g.GenerateAsync(OrganiserId, EventId, 2));
        Assert.True(generated.Succeeded, generated.Message);
        await PublishAsync();
    }

    public async Task PublishAsync()
    {
        var published = await With<EventSchedule, Outcome<int>>(services, s => s.PublishAsync(OrganiserId, EventId));
        Assert.True(published.Succeeded, published.Message);
    }

    public async Task<ScheduleBoard> BoardAsync()
    {
        var board = await With<EventSchedule, Outcome<ScheduleBoard>>(services, s => s.BoardAsync(OrganiserId, EventId));
        Assert.True(board.Succeeded, board.Message);
        return board.Value!;
    }

    public Task<T> With<TService, T>(Func<TService, Task<T>> work) where TService : notnull => With(services, work);

    private static async Task<T> With<TService, T>(IServiceProvider services, Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
