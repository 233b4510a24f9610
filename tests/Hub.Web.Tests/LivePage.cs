using System.Threading.Channels;
using Hub.Core.Accounts;
using Hub.Core.Live;
using Hub.Web.Live;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Web.Tests;

/// <summary>
/// An open page's live subscription as a circuit has it: its own service scope, the circuit's authentication state set
/// as Blazor sets it, and the scoped <see cref="LiveCircuit"/> that the layout starts.
/// </summary>
internal sealed class LivePage : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly AsyncServiceScope _scope;

    private LivePage(AsyncServiceScope scope)
    {
        _scope = scope;
        Circuit = scope.ServiceProvider.GetRequiredService<LiveCircuit>();
    }

    public LiveCircuit Circuit { get; }

    /// <summary>Opens a page as the user (signed in now, with the account's current security stamp), or anonymously when null.</summary>
    public static async Task<LivePage> OpenAsync(IServiceProvider services, string? userId)
    {
        var scope = services.CreateAsyncScope();
        var principal = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());
        if (userId is not null)
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>();
            var user = await users.FindByIdAsync(userId) ?? throw new InvalidOperationException($"No user {userId}.");
            principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<HubUser>>().CreateAsync(user);
        }

        var authentication = (IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        authentication.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        return new LivePage(scope);
    }

    /// <summary>Subscribes to one kind of push, then starts the page as the layout does.</summary>
    public async Task<Channel<T>> StartAsync<T>() where T : ILivePayload
    {
        var received = Receive<T>();
        await Circuit.StartAsync();
        return received;
    }

    public Channel<T> Receive<T>() where T : ILivePayload
    {
        var received = Channel.CreateUnbounded<T>();
        Circuit.Subscribe<T>(p => received.Writer.TryWrite(p));
        return received;
    }

    public static async Task<T> NextAsync<T>(Channel<T> channel)
    {
        using var cts = new CancellationTokenSource(Patience);
        return await channel.Reader.ReadAsync(cts.Token);
    }

    public ValueTask DisposeAsync() => _scope.DisposeAsync();
}
