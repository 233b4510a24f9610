using System.Net;
using Hub.Core;
using Hub.Core.Accounts;
using Hub.Core.Conversations;
using Hub.Core.Data;
using Hub.Core.Introductions;
using Hub.Web.Components.Shared;
using Hub.Web.Accounts;
using Hub.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Web.Tests;

/// <summary>
/// Rate limits and the answers that must not tell known addresses from unknown ones. The app runs with small limits so
/// that a few calls reach them; each test acts from its own client addresses.
/// </summary>
public sealed class AbuseLimitTests : IAsyncLifetime
{
    private const string Refused = "Too many attempts; try again in a minute.";

    private readonly HubWebFactory _base = HubWebFactory.With(new Dictionary<string, string?>
    {
        ["Hub:RateLimits:SignIn:PermitLimit"] = "6",
        ["Hub:RateLimits:Http:PermitLimit"] = "3",
        ["Hub:RateLimits:Message:PermitLimit"] = "2",
        ["Hub:RateLimits:LiveHub:PermitLimit"] = "3",
    });

    private WebApplicationFactory<Program> _factory = null!;

    public Task InitializeAsync()
    {
        // TestServer has no client address; a test header stands in for one (the real one comes from the connection).
        _factory = _base.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter, TestClientAddress>()));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _base.DisposeAsync();

    [Fact]
    public async Task RapidSignInsFromOneClientAreRefusedWhileAnotherClientSignsIn()
    {
        await CreateMemberAsync("ada@example.com", "Correct-Horse-42");
        for (var i = 0; i < 6; i++)
        {
            var wrong = await SignInFrom("10.1.0.1", $"guess{i}@example.com", "guess");
            Assert.Equal("Email or password is wrong.", wrong.Message);
        }

        var over = await SignInFrom("10.1.0.1", "ada@example.com", "Correct-Horse-42");
        Assert.False(over.Succeeded);
        Assert.Equal(Refused, over.Message);

        var other = await SignInFrom("10.1.0.2", "ada@example.com", "Correct-Horse-42");
        Assert.True(other.Succeeded, other.Message);
    }

    [Fact]
    public async Task RapidRequestsToTheAccountEndpointsGet429WithRetryAfterWhileAnotherClientIsServed()
    {
        var script = Client("10.2.0.1");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await script.GetAsync("/account/complete?ticket=nonsense")).StatusCode);
        }

        var refused = await script.GetAsync("/account/complete?ticket=nonsense");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(Refused, await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await Client("10.2.0.2").GetAsync("/account/complete?ticket=nonsense")).StatusCode);
    }

    [Fact]
    public async Task AWrongPasswordForARealAccountAndAnUnknownAddressGetIdenticalAnswers()
    {
        await CreateMemberAsync("bea@example.com", "Correct-Horse-42");
        for (var i = 0; i < 4; i++)
        {
            var real = await SignInFrom("10.3.0.1", "bea@example.com", "wrong-password");
            var unknown = await SignInFrom("10.3.0.2", "nobody-here@example.com", "wrong-password");
            Assert.Equal(unknown.Status, real.Status);
            Assert.Equal(unknown.Message, real.Message);
            Assert.Equal(unknown.Errors, real.Errors);
        }
    }

    [Fact]
    public async Task RegisteringWithAnExistingAddressRevealsNothingAndChangesNothing()
    {
        await CreateMemberAsync("cleo@example.com", "Correct-Horse-42");

        var again = await WithClient("10.4.0.1", a => a.RegisterAsync("Someone Else", "cleo@example.com", "Another-Pass-77", "/my/profiles"));
        var fresh = await WithClient("10.4.0.2", a => a.RegisterAsync("Someone New", "cleo-new@example.com", "Another-Pass-77", "/my/profiles"));

        Assert.Equal(fresh, again);
        Assert.Contains("Someone tried", Assert.Single(_base.Mail.To("cleo@example.com")).Subject, StringComparison.Ordinal);
        await using var scope = _factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>();
        var cleo = await users.FindByEmailAsync("cleo@example.com");
        Assert.Equal("cleo", cleo!.DisplayName);
        Assert.True(await users.CheckPasswordAsync(cleo, "Correct-Horse-42"));
    }

    [Fact]
    public async Task AStrangersFailedAttemptsDoNotLockTheOwnerOut()
    {
        await CreateMemberAsync("dana@example.com", "Correct-Horse-42");
        for (var i = 0; i < 10; i++)
        {
            Assert.False((await SignInFrom("10.5.0.1", "dana@example.com", "wrong-password")).Succeeded);
        }

        var owner = await SignInFrom("10.5.0.2", "dana@example.com", "Correct-Horse-42");
        Assert.True(owner.Succeeded, owner.Message);
    }

    [Fact]
    public async Task GuessingOneAccountFromOneClientIsThrottledEvenBeforeTheClientLimit()
    {
        await CreateMemberAsync("eli@example.com", "Correct-Horse-42");
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal("Email or password is wrong.", (await SignInFrom("10.6.0.1", "eli@example.com", "wrong-password")).Message);
        }

        Assert.Equal(Refused, (await SignInFrom("10.6.0.1", "eli@example.com", "Correct-Horse-42")).Message);
    }

    [Fact]
    public async Task MessagesOverTheLimitAreRefusedWithTheMessageAndNotStored()
    {
        var (startupUser, startup) = await DemoProfileAsync("startup@hub.demo");
        var (researcherUser, researcher) = await DemoProfileAsync("researcher@hub.demo");
        var scopes = _factory.Services.GetRequiredService<IServiceScopeFactory>();
        var sent = await scopes.InScopeAsync<IntroductionService, Outcome<long>>(
            s => s.SendAsync(startupUser, startup, researcher, "We build computer vision for hospitals.", ["Both work in Health"]));
        var accepted = await scopes.InScopeAsync<IntroductionService, Outcome<long>>(s => s.AcceptAsync(researcherUser, sent.Value));
        Assert.True(accepted.Succeeded, accepted.Message);
        var conversationId = accepted.Value;
        var userId = researcherUser;

        Task<Outcome<MessagePosted>> Send(int n) => scopes.LimitedAsync<ConversationService, MessagePosted>(
            AbuseAction.Message, userId, s => s.SendAsync(userId, conversationId, $"limit test {n}"));

        Assert.True((await Send(1)).Succeeded);
        Assert.True((await Send(2)).Succeeded);
        var third = await Send(3);

        Assert.False(third.Succeeded);
        Assert.Equal(Refused, third.Message);
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        Assert.Equal(2, await db.Messages.CountAsync(m => m.ConversationId == conversationId));
    }

    [Fact]
    public async Task LiveHubCallsOverTheLimitAreRefusedWithTheMessage()
    {
        var (userId, _) = await DemoProfileAsync("investor@hub.demo");
        string ticket;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            ticket = await scope.ServiceProvider.GetRequiredService<SignInTickets>().IssueAsync(new SignInTicket(userId, false, "/"), "browser-10.7.0.1");
        }

        using var complete = new HttpRequestMessage(HttpMethod.Get, $"/account/complete?ticket={ticket}");
        complete.Headers.Add("Cookie", $"{SignInBrowser.CookieName}=browser-10.7.0.1");
        var signedIn = await Client("10.7.0.1").SendAsync(complete);
        var cookie = string.Join("; ", signedIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(_factory.Server.BaseAddress, "hubs/live"), o =>
            {
                o.HttpMessageHandlerFactory = _ => _factory.Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
                o.Headers["Cookie"] = cookie;
            })
            .Build();
        await connection.StartAsync();

        for (var i = 0; i < 3; i++)
        {
            await connection.InvokeAsync<int>("Unread");
        }

        var refused = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<int>("Unread"));
        Assert.Contains(Refused, refused.Message, StringComparison.Ordinal);
    }

    private async Task CreateMemberAsync(string email, string password)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>()
            .CreateAsync(new HubUser { UserName = email, Email = email, DisplayName = email.Split('@')[0], EmailConfirmed = true }, password);
        Assert.True(created.Succeeded);
    }

    private async Task<(string UserId, int ProfileId)> DemoProfileAsync(string email)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return (userId, await db.ProfileMembers.Where(m => m.UserId == userId).Select(m => m.ProfileId).FirstAsync());
    }

    private HttpClient Client(string address)
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, address);
        return client;
    }

    private Task<Outcome<string>> SignInFrom(string address, string email, string password) =>
        WithClient(address, a => a.SignInAsync(email, password, false, null));

    /// <summary>The account service as a circuit from <paramref name="address"/> would use it.</summary>
    private async Task<T> WithClient<T>(string address, Func<AccountService, Task<T>> work)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = new DefaultHttpContext { Connection = { RemoteIpAddress = IPAddress.Parse(address) } };
        // The circuit knows its browser's nonce cookie, as a real page would (sign-in tickets are bound to it).
        scope.ServiceProvider.GetRequiredService<SignInBrowser>().Nonce = $"browser-{address}";
        try
        {
            return await work(scope.ServiceProvider.GetRequiredService<AccountService>());
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    private sealed class TestClientAddress : IStartupFilter
    {
        public const string Header = "X-Test-Client";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[Header], out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return following(context);
            });
            next(app);
        };
    }
}
