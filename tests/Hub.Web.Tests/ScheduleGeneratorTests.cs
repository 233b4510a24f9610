using Hub.Core;
using Hub.Core.Data;
using Hub.Core.Events;
using Hub.Web.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Web.Tests;

/// <summary>The draft generated for the demo's upcoming open day, from real recommender scores and the real scheduler.</summary>
public class ScheduleGeneratorTests(HubWebFactory factory) : IClassFixture<HubWebFactory>
{
    private async Task<T> InScopeAsync<TService, T>(Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    private Task<T> QueryAsync<T>(Func<HubDbContext, Task<T>> query) => InScopeAsync(query);

    private async Task<(string Organiser, int EventId)> OpenDayAsync()
    {
        var organiser = await QueryAsync(db => db.Users.Where(u => u.Email == "organiser@hub.demo").Select(u => u.Id).SingleAsync());
        var id = await QueryAsync(db => db.Events.Where(e => e.Title == "AI Factory Open Day").Select(e => e.Id).SingleAsync());
        return (organiser, id);
    }

    /// <summary>An approved participant of the event and an account that acts for their profile.</summary>
    private Task<List<(int Registration, int Profile, string User)>> ParticipantsAsync(int eventId) =>
        QueryAsync(db => (from r in db.EventRegistrations
                          join m in db.ProfileMembers on r.ProfileId equals m.ProfileId
                          where r.EventId == eventId && r.Status == RegistrationStatus.Approved
                          orderby r.Id
                          select new { r.Id, r.ProfileId, m.UserId }).ToListAsync())
            .ContinueWith(t => t.Result.GroupBy(x => x.Id).Select(g => (g.Key, g.First().ProfileId, g.First().UserId)).ToList(), TaskScheduler.Default);

    [Fact]
    public async Task TheDraftKeepsEveryRuleAndPlacesTheAcceptedRequestButNeverAVetoedPair()
    {
        var (organiser, id) = await OpenDayAsync();
        var people = await ParticipantsAsync(id);
        var (a, b, c) = (people[0], people[1], people[2]);
        var marked = await InScopeAsync<EventRegistrations, Outcome>(r => r.MarkAsync(a.User, a.Registration, c.Registration, MeetingPreference.NoThanks));
        Assert.True(marked.Succeeded, marked.Message);
        var sent = await InScopeAsync<MeetingRequests, Outcome<long>>(r => r.SendAsync(a.User, a.Registration, b.Registration, "Let's compare our GPU budgets."));
        Assert.True(sent.Succeeded, sent.Message);
        Assert.True((await InScopeAsync<MeetingRequests, Outcome>(r => r.AcceptAsync(b.User, sent.Value))).Succeeded);

        var generated = await InScopeAsync<ScheduleGenerator, Outcome<DraftSummary>>(g => g.GenerateAsync(organiser, id, timeLimitSeconds: 1));

        Assert.True(generated.Succeeded, generated.Message);
        Assert.Empty(generated.Value!.Unplaced);
        Assert.True(generated.Value.UpperBound >= generated.Value.Objective - 1e-9);
        var e = await QueryAsync(db => db.Events.AsNoTracking().SingleAsync(x => x.Id == id));
        var meetings = await QueryAsync(db => db.EventMeetings.AsNoTracking().Where(m => m.EventId == id && m.SlotIndex != null).ToListAsync());
        Assert.True(meetings.Count >= people.Count, $"{meetings.Count} meetings for {people.Count} people");
        Assert.Contains(meetings, m => m.Involves(a.Registration) && m.Involves(b.Registration) && m.Source == MeetingSource.Requested);
        Assert.DoesNotContain(meetings, m => m.Involves(a.Registration) && m.Involves(c.Registration));
        foreach (var slot in meetings.GroupBy(m => m.SlotIndex))
        {
            Assert.True(slot.Count() <= e.Tables.Count);
            Assert.Equal(slot.Count(), slot.Select(m => m.Table).Distinct().Count());
            var seated = slot.SelectMany(m => new[] { m.ARegistrationId, m.BRegistrationId }).ToList();
            Assert.Equal(seated.Count, seated.Distinct().Count());
        }

        Assert.All(meetings.SelectMany(m => new[] { m.ARegistrationId, m.BRegistrationId }).GroupBy(x => x), g => Assert.True(g.Count() <= e.MaxMeetingsPerParticipant));
        var board = await InScopeAsync<EventSchedule, Outcome<ScheduleBoard>>(s => s.BoardAsync(organiser, id));
        Assert.True(board.Value!.HasUnpublishedChanges);
        Assert.Equal(generated.Value.Objective, board.Value.Summary!.Objective, 6);
    }

    [Fact]
    public async Task PairsWhoMetAtAnEarlierEventAreVetoedUnlessBothAsk()
    {
        var (organiser, id) = await OpenDayAsync();
        var (samUser, samProfile) = await factory.DemoProfileAsync("startup@hub.demo");
        var pastId = await QueryAsync(db => db.Events.Where(x => x.Title == "Luxembourg AI Investor Day").Select(x => x.Id).SingleAsync());
        // Someone Sam met at the investor day, and an account that acts for them.
        var partner = await QueryAsync(db => (from m in db.EventMeetings
                                              join ra in db.EventRegistrations on m.ARegistrationId equals ra.Id
                                              join rb in db.EventRegistrations on m.BRegistrationId equals rb.Id
                                              where m.EventId == pastId && m.NoShowRegistrationId == null && (ra.ProfileId == samProfile || rb.ProfileId == samProfile)
                                              select ra.ProfileId == samProfile ? rb.ProfileId : ra.ProfileId).FirstAsync());
        var partnerUser = await QueryAsync(db => db.ProfileMembers.Where(m => m.ProfileId == partner).Select(m => m.UserId).FirstAsync());
        var sam = await InScopeAsync<EventRegistrations, Outcome<int>>(r => r.RegisterAsync(samUser, id, samProfile));
        var other = await InScopeAsync<EventRegistrations, Outcome<int>>(r => r.RegisterAsync(partnerUser, id, partner));
        Assert.True(sam.Succeeded && other.Succeeded, sam.Message ?? other.Message);
        await InScopeAsync<EventRegistrations, Outcome<int>>(r => r.DecideAsync(organiser, id, [sam.Value, other.Value], approve: true));
        var pair = new Hub.Scheduling.PersonPair(Math.Min(sam.Value, other.Value).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Math.Max(sam.Value, other.Value).ToString(System.Globalization.CultureInfo.InvariantCulture));

        var before = await InstanceAsync(organiser, id);
        Assert.Contains(pair, before.Vetoes);

        await InScopeAsync<EventRegistrations, Outcome>(r => r.MarkAsync(samUser, sam.Value, other.Value, MeetingPreference.WouldLike));
        Assert.Contains(pair, (await InstanceAsync(organiser, id)).Vetoes);
        await InScopeAsync<EventRegistrations, Outcome>(r => r.MarkAsync(partnerUser, other.Value, sam.Value, MeetingPreference.MustMeet));
        var bothAsk = await InstanceAsync(organiser, id);
        Assert.DoesNotContain(pair, bothAsk.Vetoes);
        Assert.Contains(bothAsk.Pairs, p => new Hub.Scheduling.PersonPair(p.A, p.B) == pair && p.Weight > ScheduleGenerator.MustMeetBoost);
    }

    private async Task<Hub.Scheduling.ScheduleInstance> InstanceAsync(string organiser, int id)
    {
        var inputs = await InScopeAsync<EventSchedule, Outcome<ScheduleInputs>>(s => s.InputsAsync(organiser, id));
        return await InScopeAsync<ScheduleGenerator, Hub.Scheduling.ScheduleInstance>(g => g.InstanceAsync(inputs.Value!));
    }
}
