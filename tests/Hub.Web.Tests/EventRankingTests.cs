using Hub.Core;
using Hub.Core.Data;
using Hub.Core.Events;
using Hub.Matching.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Web.Tests;

/// <summary>Fellow participants ranked inside the demo's open day by the serving recommender.</summary>
public class EventRankingTests(HubWebFactory factory) : IClassFixture<HubWebFactory>
{
    private async Task<T> InScopeAsync<TService, T>(Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    [Fact]
    public async Task PeopleWhoLetRequestsExpireRankLowerAndNoThanksGoesLast()
    {
        var (eventId, me, user) = await InScopeAsync<HubDbContext, (int, int, string)>(async db =>
        {
            var id = await db.Events.Where(e => e.Title == "AI Factory Open Day").Select(e => e.Id).SingleAsync();
            var registration = await db.EventRegistrations.Where(r => r.EventId == id && r.Status == RegistrationStatus.Approved).OrderBy(r => r.Id).FirstAsync();
            var member = await db.ProfileMembers.Where(m => m.ProfileId == registration.ProfileId).Select(m => m.UserId).FirstAsync();
            return (id, registration.Id, member);
        });
        var before = await RankAsync(user, me);
        Assert.All(before.Take(5), r => Assert.NotEmpty(r.Reasons));
        Assert.True(before.Zip(before.Skip(1)).All(p => p.First.Score >= p.Second.Score), "ranked by score");
        var top = before[0].Attendee;

        await InScopeAsync<HubDbContext, int>(async db =>
        {
            var others = await db.EventRegistrations.Where(r => r.EventId == eventId && r.Id != top.RegistrationId).Select(r => r.Id).Take(5).ToListAsync();
            db.MeetingRequests.AddRange(others.Select(from => new MeetingRequest
            {
                EventId = eventId, FromRegistrationId = from, ToRegistrationId = top.RegistrationId, SenderUserId = user,
                Status = MeetingRequestStatus.Expired, CreatedAt = DateTime.UtcNow.AddDays(-8), ExpiresAt = DateTime.UtcNow.AddDays(-1),
            }));
            return await db.SaveChangesAsync();
        });
        var after = await RankAsync(user, me);
        var penalised = after.Single(r => r.Attendee.RegistrationId == top.RegistrationId);
        Assert.Equal(before[0].Score * 0.5, penalised.Score, 6);
        Assert.True(after.IndexOf(penalised) > 0, "the unresponsive participant no longer leads");

        var marked = await InScopeAsync<EventRegistrations, Outcome>(r => r.MarkAsync(user, me, after[0].Attendee.RegistrationId, MeetingPreference.NoThanks));
        Assert.True(marked.Succeeded, marked.Message);
        var last = (await RankAsync(user, me))[^1];
        Assert.Equal((after[0].Attendee.RegistrationId, MeetingPreference.NoThanks), (last.Attendee.RegistrationId, last.Attendee.MyMark));
    }

    private async Task<List<RankedAttendee>> RankAsync(string user, int registration)
    {
        var ranked = await InScopeAsync<EventRanking, Outcome<IReadOnlyList<RankedAttendee>>>(r => r.RankAsync(user, registration));
        Assert.True(ranked.Succeeded, ranked.Message);
        return [.. ranked.Value!];
    }
}
