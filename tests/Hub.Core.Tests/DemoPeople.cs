using Hub.Core.Accounts;
using Hub.Core.Data;
using Hub.Core.Introductions;
using Hub.Core.Notifications;
using Hub.Core.Profiles;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Tests;

/// <summary>The people of the demo world (and a few made for a test), and the steps many tests start from.</summary>
public static class DemoPeople
{
    public const string Note = "We build satellite imaging for farms and would like to talk about your next fund.";

    /// <summary>A seeded account and the first profile it acts for.</summary>
    public static async Task<Person> PersonAsync(this TestDatabase db, string email)
    {
        var user = await db.RunAsync<UserManager<HubUser>, HubUser?>(u => u.FindByEmailAsync(email));
        Assert.NotNull(user);
        var profileId = await db.QueryAsync(c => c.ProfileMembers.Where(m => m.UserId == user.Id)
            .OrderBy(m => m.ProfileId).Select(m => m.ProfileId).FirstOrDefaultAsync());
        return new Person(user.Id, profileId, email);
    }

    /// <summary>A new account that manages no profile until <see cref="JoinAsync"/>.</summary>
    public static Task<Person> CreatePersonAsync(this TestDatabase db, string email, string displayName) =>
        db.RunAsync<UserManager<HubUser>, Person>(async users =>
        {
            var user = new HubUser { UserName = email, Email = email, DisplayName = displayName };
            var result = await users.CreateAsync(user, "Password123!");
            Assert.True(result.Succeeded);
            return new Person(user.Id, 0, email);
        });

    /// <summary>Makes the person a member of the profile with the role, as the profile editor would.</summary>
    public static async Task<Person> JoinAsync(this TestDatabase db, Person person, int profileId, ProfileRole role)
    {
        await db.QueryAsync(async c =>
        {
            c.ProfileMembers.Add(new ProfileMember { ProfileId = profileId, UserId = person.UserId, Role = role, JoinedAt = db.Clock.GetUtcNow().UtcDateTime });
            return await c.SaveChangesAsync();
        });
        return person with { ProfileId = profileId };
    }

    /// <summary>The person opts in (or out) to sharing their e-mail with profiles they are introduced to.</summary>
    public static async Task ShareEmailAsync(this TestDatabase db, Person person, bool share = true)
    {
        var choices = await db.RunAsync<NotificationPreferences, NotificationChoices>(p => p.ForUserAsync(person.UserId));
        var saved = await db.RunAsync<NotificationPreferences, Outcome>(p => p.SaveAsync(person.UserId, choices with { ShareEmail = share }));
        Assert.True(saved.Succeeded, saved.Message);
    }

    public static Task<T> QueryAsync<T>(this TestDatabase db, Func<HubDbContext, Task<T>> query) => db.RunAsync(query);

    public static Task<RowCounts> CountRowsAsync(this TestDatabase db) => db.QueryAsync(async c => new RowCounts(
        await c.Introductions.CountAsync(), await c.InteractionSignals.CountAsync(), await c.Notifications.CountAsync(),
        await c.Conversations.CountAsync(), await c.Messages.CountAsync(), await c.ConversationReads.CountAsync(), await c.ProfileBlocks.CountAsync()));

    /// <summary>The notifications stored for a user, oldest first.</summary>
    public static Task<List<Notification>> NotificationsOfAsync(this TestDatabase db, string userId) =>
        db.QueryAsync(c => c.Notifications.AsNoTracking().Where(n => n.UserId == userId).OrderBy(n => n.Id).ToListAsync());

    /// <summary>The pushes made after the first <paramref name="mark"/> ones (take the mark from <c>db.Pushes.Sent.Count</c>).</summary>
    public static IReadOnlyList<(string UserId, string Event, object Payload)> PushesSince(this TestDatabase db, int mark) =>
        db.Pushes.Sent.Skip(mark).ToList();

    public static Task<Outcome<long>> IntroduceAsync(this TestDatabase db, Person from, Person to, string note = Note) =>
        db.RunAsync<IntroductionService, Outcome<long>>(s => s.SendAsync(from.UserId, from.ProfileId, to.ProfileId, note, ["Both work on satellite imaging."]));

    /// <summary>An introduction sent and accepted: the id of the conversation it opened.</summary>
    public static async Task<long> OpenConversationAsync(this TestDatabase db, Person from, Person to)
    {
        var sent = await db.IntroduceAsync(from, to);
        Assert.True(sent.Succeeded, sent.Message);
        var accepted = await db.RunAsync<IntroductionService, Outcome<long>>(s => s.AcceptAsync(to.UserId, sent.Value));
        Assert.True(accepted.Succeeded, accepted.Message);
        return accepted.Value;
    }

    public static Task<Introduction> IntroductionAsync(this TestDatabase db, long id) =>
        db.QueryAsync(c => c.Introductions.AsNoTracking().SingleAsync(i => i.Id == id));
}
