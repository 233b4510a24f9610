using System.Data.Common;
using System.Net;
using Hub.Core.Notifications;
using Hub.Core;
using Hub.Core.Accounts;
using Hub.Core.Audit;
using Hub.Core.Conversations;
using Hub.Core.Data;
using Hub.Core.Introductions;
using Hub.Core.Profiles;
using Hub.Web.Accounts;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Web.Tests;

/// <summary>"Delete my account" keeps each promise its page makes.</summary>
public sealed class AccountDeletionTests : IAsyncLifetime
{
    private const string Password = "Pats-Password-2026";
    private const string Email = "pat.quill@example.com";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero));
    private readonly HubWebFactory _factory;

    public AccountDeletionTests() => _factory = HubWebFactory.With(new Dictionary<string, string?>(), _clock);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task TheOtherSideKeepsTheConversationAndNothingOfThePersonRemains()
    {
        var (pat, conversationId, companyUser) = await PatTalksToTheCompanyAsync();
        var cookie = await _factory.AuthCookieAsync(Email);
        // A sign-in that was verified but never completed: its ticket row names Pat and must go too.
        await _factory.Services.GetRequiredService<SignInTickets>().IssueAsync(new SignInTicket(pat, false, "/"), "pats-other-browser");

        var deleted = await With<AccountService, Outcome<string>>(a => a.DeleteAccountAsync(pat, Password));

        Assert.True(deleted.Succeeded, deleted.Message);
        Assert.Equal(HubAccountsSetup.GoodbyePath, deleted.Value);

        // The other side keeps the conversation and what Pat wrote, without Pat's address.
        var messages = await With<ConversationService, Outcome<IReadOnlyList<MessagePosted>>>(c => c.MessagesAsync(companyUser, conversationId));
        Assert.Contains(messages.Value!, m => m.Body == "Hello from Pat, looking forward to the pilot.");
        var header = await With<ConversationService, Outcome<ConversationHeader>>(c => c.HeaderAsync(companyUser, conversationId));
        Assert.DoesNotContain(header.Value!.SharedContacts, c => c.Email == Email);
        Assert.Contains(header.Value.SharedContacts, c => c.Email == "company@hub.demo");

        // Nothing with Pat's address, name or id is left anywhere but the audit entry that records the deletion by id.
        var traces = await TracesAsync(Email, "Pat Quill", pat);
        Assert.Equal(["AuditEntries"], traces.Distinct());
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var entries = await scope.ServiceProvider.GetRequiredService<HubDbContext>().AuditEntries.Where(e => e.ActorUserId == pat).ToListAsync();
            Assert.Equal(AuditAction.AccountDeleted, entries.OrderBy(e => e.Id).Last().Action);
        }

        // Pat can no longer sign in, and the old cookie stops working at the next session check.
        Assert.Equal("Email or password is wrong.", (await With<AccountService, Outcome<string>>(a => a.SignInAsync(Email, Password, false, null))).Message);
        _clock.Advance(HubAccountsSetup.SessionRecheckInterval + TimeSpan.FromSeconds(1));
        using var client = _factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        var afterwards = await client.GetAsync(PersonalDataEndpoints.Path);
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.Contains("/account/login", afterwards.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWrongPasswordDeletesNothing()
    {
        var pat = await _factory.CreateMemberAsync(Email, Password);

        var refused = await With<AccountService, Outcome<string>>(a => a.DeleteAccountAsync(pat, "Not-The-Password-1"));

        Assert.Equal("The password is wrong. Nothing was deleted.", refused.Message);
        Assert.True((await With<AccountService, Outcome<string>>(a => a.SignInAsync(Email, Password, false, null))).Succeeded);
    }

    [Fact]
    public async Task TheOnlyOwnerOfAProfileIsToldWhichAndNothingIsDeleted()
    {
        var (startup, profileId) = await _factory.DemoProfileAsync("startup@hub.demo");
        string profileName;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            profileName = await scope.ServiceProvider.GetRequiredService<HubDbContext>().Profiles.Where(p => p.Id == profileId).Select(p => p.Name).SingleAsync();
        }

        var page = await (await _factory.SignedInClientAsync("startup@hub.demo")).GetStringAsync("/account/delete");
        var refused = await With<AccountService, Outcome<string>>(a => a.DeleteAccountAsync(startup, "Demo!2026hub"));

        Assert.Contains("You are the only owner of", page, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(profileName), page, StringComparison.Ordinal);
        Assert.Equal(OutcomeStatus.Conflict, refused.Status);
        Assert.Contains(profileName, refused.Message, StringComparison.Ordinal);
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            Assert.True(await db.Users.AnyAsync(u => u.Id == startup));
            Assert.True(await db.ProfileMembers.AnyAsync(m => m.UserId == startup));
        }
    }

    [Fact]
    public async Task TheOnlyOrganiserOfAnEventThatHasNotEndedIsToldWhichAndNothingIsDeleted()
    {
        var scenario = await EventScenario.ArrangeAsync(_factory, _clock.GetUtcNow().UtcDateTime);

        var page = await (await _factory.SignedInClientAsync("organiser@hub.demo")).GetStringAsync("/account/delete");
        var refused = await With<AccountService, Outcome<string>>(a => a.DeleteAccountAsync(scenario.OrganiserId, "Demo!2026hub"));

        Assert.Contains("You are the only organiser of", page, StringComparison.Ordinal);
        Assert.Contains("Applied AI Matchmaking Day", page, StringComparison.Ordinal);
        Assert.Equal(OutcomeStatus.Conflict, refused.Status);
        Assert.Contains("Applied AI Matchmaking Day", refused.Message, StringComparison.Ordinal);
        await using var scope = _factory.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<HubDbContext>().EventOrganisers.AnyAsync(o => o.UserId == scenario.OrganiserId && o.EventId == scenario.EventId));
    }

    /// <summary>Pat, an editor of the startup profile, introduces it to the company, which accepts; Pat writes and reads.</summary>
    private async Task<(string Pat, long ConversationId, string CompanyUser)> PatTalksToTheCompanyAsync()
    {
        var pat = await _factory.CreateMemberAsync(Email, Password);
        var (_, startupProfile) = await _factory.DemoProfileAsync("startup@hub.demo");
        var (companyUser, companyProfile) = await _factory.DemoProfileAsync("company@hub.demo");
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            await db.Users.Where(u => u.Id == pat).ExecuteUpdateAsync(s => s.SetProperty(u => u.DisplayName, "Pat Quill"));
            // Pat created the startup's profile (its owner joined later): the creation record names Pat too.
            await db.Profiles.Where(p => p.Id == startupProfile).ExecuteUpdateAsync(s => s.SetProperty(p => p.CreatedByUserId, pat));
            db.ProfileMembers.Add(new ProfileMember { ProfileId = startupProfile, UserId = pat, Role = ProfileRole.Editor, JoinedAt = _clock.GetUtcNow().UtcDateTime });
            // Both chose to share their e-mail with profiles they are introduced to (it is opt-in).
            foreach (var user in new[] { pat, companyUser })
            {
                var settings = await db.NotificationSettings.FirstOrDefaultAsync(x => x.UserId == user);
                if (settings is null)
                {
                    db.NotificationSettings.Add(new NotificationSettings { UserId = user, ShareEmailOnAcceptance = true });
                }
                else
                {
                    settings.ShareEmailOnAcceptance = true;
                }
            }

            await db.SaveChangesAsync();
        }

        var sent = await With<IntroductionService, Outcome<long>>(i => i.SendAsync(pat, startupProfile, companyProfile, "Pat would like to show you our pilot results.", []));
        Assert.True(sent.Succeeded, sent.Message);
        var accepted = await With<IntroductionService, Outcome<long>>(i => i.AcceptAsync(companyUser, sent.Value));
        Assert.True(accepted.Succeeded, accepted.Message);
        var posted = await With<ConversationService, Outcome<MessagePosted>>(c => c.SendAsync(pat, accepted.Value, "Hello from Pat, looking forward to the pilot."));
        Assert.True(posted.Succeeded, posted.Message);
        Assert.True((await With<ConversationService, Outcome>(c => c.MarkReadAsync(pat, accepted.Value, posted.Value!.Id))).Succeeded);
        // Pat invited a colleague, and the company invited Pat: both invitations name Pat.
        var sentInvitation = await With<ProfileMembership, Outcome<long>>(m => m.InviteAsync(pat, startupProfile, "colleague@example.com", ProfileRole.Editor));
        Assert.True(sentInvitation.Succeeded, sentInvitation.Message);
        var receivedInvitation = await With<ProfileMembership, Outcome<long>>(m => m.InviteAsync(companyUser, companyProfile, Email, ProfileRole.Editor));
        Assert.True(receivedInvitation.Succeeded, receivedInvitation.Message);
        Assert.NotEmpty(await TracesAsync(Email, "Pat Quill", pat));
        return (pat, accepted.Value, companyUser);
    }

    /// <summary>The tables in which any text column holds one of the values (every row of every table is read).</summary>
    private async Task<List<string>> TracesAsync(params string[] values)
    {
        var found = new List<string>();
        await using DbConnection connection = _factory.IsPostgres
            ? new NpgsqlConnection(_factory.ConnectionString)
            : new SqliteConnection($"Data Source={_factory.DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = _factory.IsPostgres
                ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
                : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            await using var rows = connection.CreateCommand();
            rows.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await rows.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (reader.GetValue(i) is string text && values.Any(v => text.Contains(v, StringComparison.OrdinalIgnoreCase)))
                    {
                        found.Add(table);
                    }
                }
            }
        }

        return found;
    }

    private async Task<TResult> With<TService, TResult>(Func<TService, Task<TResult>> work) where TService : notnull
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        // As in a circuit, which knows its browser's sign-in nonce.
        scope.ServiceProvider.GetRequiredService<SignInBrowser>().Nonce = "test-browser";
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
