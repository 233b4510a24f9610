using System.Net;
using Hub.Core.Accounts;
using Hub.Core.Audit;
using Hub.Core.Data;
using Hub.Web.Accounts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Web.Tests;

/// <summary>Sensitive account and admin actions leave an entry, and only admins read the log.</summary>
public class AuditLogTests(HubWebFactory factory) : IClassFixture<HubWebFactory>
{
    [Fact]
    public async Task ChangingThePasswordSigningOutEverywhereAndDownloadingMyDataAreRecorded()
    {
        var userId = await factory.CreateMemberAsync("audit-ann@example.com", "First-Password-1");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<SignInBrowser>().Nonce = "test-browser";
            var changed = await scope.ServiceProvider.GetRequiredService<AccountService>().ChangePasswordAsync(userId, "First-Password-1", "Second-Password-2");
            Assert.True(changed.Succeeded, changed.Message);
        }

        var client = await factory.SignedInClientAsync("audit-ann@example.com");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(PersonalDataEndpoints.Path)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignOutEverywhereAsync("audit-ann@example.com")).StatusCode);

        Assert.Equal([AuditAction.PasswordChanged, AuditAction.DataExported, AuditAction.SignedOutEverywhere], await ActionsByAsync(userId));
    }

    [Fact]
    public async Task DownloadingAProvidersAllocationsIsRecordedAndARefusedDownloadIsNot()
    {
        var (computeUser, providerId) = await factory.DemoProfileAsync("compute@hub.demo");
        var (strangerId, _) = await factory.DemoProfileAsync("investor@hub.demo");

        var refused = await (await factory.SignedInClientAsync("investor@hub.demo")).GetAsync($"/compute/provider/{providerId}/allocations.csv");
        var allowed = await (await factory.SignedInClientAsync("compute@hub.demo")).GetAsync($"/compute/provider/{providerId}/allocations.csv");

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Contains(AuditAction.AllocationsExported, await ActionsByAsync(computeUser));
        Assert.DoesNotContain(AuditAction.AllocationsExported, await ActionsByAsync(strangerId));
    }

    [Fact]
    public async Task AnAdminReadsTheLogNewestFirstAndAMemberIsRefused()
    {
        string adminId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            adminId = await scope.ServiceProvider.GetRequiredService<HubDbContext>().Users.Where(u => u.Email == "admin@hub.demo").Select(u => u.Id).SingleAsync();
            var log = scope.ServiceProvider.GetRequiredService<AuditLog>();
            await log.WriteAsync(AuditAction.RoleGranted, null, "Older subject for the page test", "first");
            await log.WriteAsync(AuditAction.DatabaseBackedUp, null, "Newer subject for the page test", "second");
        }

        var page = await (await factory.SignedInClientAsync("admin@hub.demo")).GetStringAsync("/admin/audit");
        var member = await (await factory.SignedInClientAsync("startup@hub.demo")).GetAsync("/admin/audit");

        Assert.Contains("data-testid=\"audit-table\"", page, StringComparison.Ordinal);
        var newer = page.IndexOf("Newer subject for the page test", StringComparison.Ordinal);
        var older = page.IndexOf("Older subject for the page test", StringComparison.Ordinal);
        Assert.True(newer >= 0 && older > newer, "The newer entry comes first.");
        Assert.Contains("Database backed up", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, member.StatusCode);
        Assert.StartsWith("/account/denied", member.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.DoesNotContain("page test", await member.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var filtered = await scope.ServiceProvider.GetRequiredService<AuditLog>().ReadAsync(adminId, new AuditQuery(AuditAction.RoleGranted, "page test"));
            Assert.Equal("Older subject for the page test", Assert.Single(filtered.Value!.Entries).Subject);
        }
    }

    /// <summary>The account menu's "Sign out everywhere", posted with the antiforgery token its form would carry.</summary>
    private async Task<HttpResponseMessage> SignOutEverywhereAsync(string email)
    {
        var auth = await factory.AuthCookieAsync(email);
        string requestToken, antiforgeryCookie;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>().FindByEmailAsync(email);
            var principal = await scope.ServiceProvider.GetRequiredService<SignInManager<HubUser>>().CreateUserPrincipalAsync(user!);
            var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider, User = principal };
            var tokens = scope.ServiceProvider.GetRequiredService<IAntiforgery>().GetTokens(context);
            requestToken = tokens.RequestToken!;
            antiforgeryCookie = $"{scope.ServiceProvider.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.Name}={tokens.CookieToken}";
        }

        using var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/logout")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = requestToken,
                ["everywhere"] = "true",
                ["returnUrl"] = "/",
            }),
        };
        post.Headers.Add("Cookie", $"{auth}; {antiforgeryCookie}");
        return await client.SendAsync(post);
    }

    private async Task<List<AuditAction>> ActionsByAsync(string userId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HubDbContext>().AuditEntries
            .Where(e => e.ActorUserId == userId).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync();
    }
}
