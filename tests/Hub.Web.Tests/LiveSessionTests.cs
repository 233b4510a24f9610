using Hub.Core.Accounts;
using Hub.Web.Accounts;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Web.Tests;

/// <summary>
/// A live connection lasts only as long as the sign-in it was opened with: a password change, a sign-out everywhere or a
/// lockout closes it, so a stolen cookie's socket stops receiving. Real SignalR clients against the test server.
/// </summary>
public sealed class LiveSessionTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private const string Email = "startup@hub.demo";
    private readonly List<HubConnection> _connections = [];
    private readonly HubWebFactory factory = HubWebFactory.With(new Dictionary<string, string?>
    {
        ["Hub:Recommender:DemoHistory"] = "false",
        ["Hub:Live:RevalidateSeconds"] = "1",
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var c in _connections)
        {
            await c.DisposeAsync();
        }

        await factory.DisposeAsync();
    }

    private HubConnection Connection(string cookie)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(factory.Server.BaseAddress, "hubs/live"), o =>
            {
                o.HttpMessageHandlerFactory = _ => factory.Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
                o.Headers["Cookie"] = cookie;
            })
            .Build();
        _connections.Add(connection);
        return connection;
    }

    private static Task ClosedAsync(HubConnection connection)
    {
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        return closed.Task;
    }

    private async Task WithUserAsync(Func<UserManager<HubUser>, HubUser, Task> change)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>();
        await change(users, (await users.FindByEmailAsync(Email))!);
    }

    [Fact]
    public async Task AConnectionOpenedBeforeAPasswordChangeIsClosed()
    {
        await using (var setup = factory.Services.CreateAsyncScope())
        {
            var users = setup.ServiceProvider.GetRequiredService<UserManager<HubUser>>();
            var user = (await users.FindByEmailAsync(Email))!;
            await users.RemovePasswordAsync(user);
            await users.AddPasswordAsync(user, "OldPassword123");
        }

        var connection = Connection(await factory.AuthCookieAsync(Email));
        var closed = ClosedAsync(connection);
        await connection.StartAsync();

        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<SignInBrowser>().Nonce = "this-browser";
        var (userId, _) = await factory.DemoProfileAsync(Email);
        var changed = await scope.ServiceProvider.GetRequiredService<AccountService>().ChangePasswordAsync(userId, "OldPassword123", "NewPassword123");

        Assert.True(changed.Succeeded, changed.Message);
        await closed.WaitAsync(Patience);
        Assert.Equal(HubConnectionState.Disconnected, connection.State);
    }

    [Fact]
    public async Task AConnectionOpenedBeforeASignOutEverywhereIsClosed()
    {
        var connection = Connection(await factory.AuthCookieAsync(Email));
        var closed = ClosedAsync(connection);
        await connection.StartAsync();

        // What "Sign out everywhere" does, here without the page and its antiforgery token.
        await WithUserAsync((users, user) => users.UpdateSecurityStampAsync(user));

        await closed.WaitAsync(Patience);
    }

    [Fact]
    public async Task ACallAfterTheSecurityStampChangedIsRefused()
    {
        // No periodic recheck here: the call itself must notice.
        await using var quiet = HubWebFactory.With(new Dictionary<string, string?> { ["Hub:Live:RevalidateSeconds"] = "3600" });
        var cookie = await quiet.AuthCookieAsync(Email);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(quiet.Server.BaseAddress, "hubs/live"), o =>
            {
                o.HttpMessageHandlerFactory = _ => quiet.Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
                o.Headers["Cookie"] = cookie;
            })
            .Build();
        await using var _ = connection;
        await connection.StartAsync();
        Assert.True(await connection.InvokeAsync<int>("Unread") >= 0);

        await using (var scope = quiet.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>();
            await users.UpdateSecurityStampAsync((await users.FindByEmailAsync(Email))!);
        }

        await Assert.ThrowsAnyAsync<Exception>(() => connection.InvokeAsync<int>("Unread"));
    }

    [Fact]
    public async Task ANewConnectionWithTheOldCookieIsClosedAtOnce()
    {
        var cookie = await factory.AuthCookieAsync(Email);
        await WithUserAsync((users, user) => users.UpdateSecurityStampAsync(user));

        // The handshake completes before the hub sees the connection; the hub then closes it before it joins any group.
        var connection = Connection(cookie);
        var closed = ClosedAsync(connection);
        await connection.StartAsync();

        await closed.WaitAsync(Patience);
    }

    [Fact]
    public async Task AConnectionOfALockedOutAccountIsClosed()
    {
        var connection = Connection(await factory.AuthCookieAsync(Email));
        var closed = ClosedAsync(connection);
        await connection.StartAsync();

        await WithUserAsync((users, user) => users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddDays(1)));

        await closed.WaitAsync(Patience);
    }

    [Fact]
    public async Task AConnectionWhoseSignInStillHoldsStaysOpen()
    {
        var connection = Connection(await factory.AuthCookieAsync(Email));
        await connection.StartAsync();
        var other = Connection(await factory.AuthCookieAsync("investor@hub.demo"));
        await other.StartAsync();

        // Another account's stamp changing leaves this one alone, through more than one recheck.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>();
            await users.UpdateSecurityStampAsync((await users.FindByEmailAsync("investor@hub.demo"))!);
        }

        await ClosedAsync(other).WaitAsync(Patience);
        Assert.True(await connection.InvokeAsync<int>("Unread") >= 0);
        Assert.Equal(HubConnectionState.Connected, connection.State);
    }
}
