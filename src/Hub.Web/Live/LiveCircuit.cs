using System.Security.Claims;
using Hub.Core.Live;
using Hub.Core.Notifications;
using Microsoft.AspNetCore.Components.Authorization;

namespace Hub.Web.Live;

/// <summary>
/// A page's (a Blazor circuit's) subscription to live pushes, as its signed-in user. Once started it is attached to
/// <see cref="LiveCircuits"/>, which hands it every push published to its user on any instance, the same publish that
/// reaches /hubs/live clients (decision 017). Pages subscribe to payload records with <see cref="Subscribe{T}"/>; the
/// circuit catches up on stored notifications by id. It holds no socket and no database context between calls.
/// </summary>
public sealed class LiveCircuit(LiveCircuits circuits, IServiceScopeFactory scopes, AuthenticationStateProvider authentication, ILogger<LiveCircuit> logger)
    : IAsyncDisposable
{
    private readonly Dictionary<Type, List<Action<object>>> _handlers = [];
    private readonly SemaphoreSlim _catchingUp = new(1, 1);
    private ClaimsPrincipal? _user;
    private string? _userId;
    private long _lastSeen;
    private bool _started;

    /// <summary>The newest notification this page has seen; catch-up fetches what came after it.</summary>
    public long LastSeen => Interlocked.Read(ref _lastSeen);

    /// <summary>The signed-in user this page receives pushes for, while attached.</summary>
    public ClaimsPrincipal? User => _user;

    /// <summary>Raised when a page marked the user's notifications read, so the bell can clear its badge.</summary>
    public event Action? AllRead;

    public void MarkedAllRead() => AllRead?.Invoke();

    /// <summary>Whether pushes reach this page: started for a signed-in user whose sign-in still holds.</summary>
    public bool Connected => Volatile.Read(ref _userId) is not null;

    /// <summary>Calls <paramref name="handler"/> for every push of <typeparamref name="T"/> until the subscription is disposed.</summary>
    public IDisposable Subscribe<T>(Action<T> handler) where T : ILivePayload
    {
        Action<object> invoke = payload => handler((T)payload);
        lock (_handlers)
        {
            if (!_handlers.TryGetValue(typeof(T), out var list))
            {
                _handlers[typeof(T)] = list = [];
            }

            list.Add(invoke);
        }

        return new Subscription(() =>
        {
            lock (_handlers)
            {
                _handlers[typeof(T)].Remove(invoke);
            }
        });
    }

    /// <summary>
    /// Attaches the page for its signed-in user (an anonymous visitor's page is never attached) and starts after the
    /// user's newest notification: older ones are in the inbox, not news to pop up.
    /// </summary>
    public async Task StartAsync(CancellationToken ct = default)
    {
        if (_started)
        {
            return;
        }

        _started = true;
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        if (user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId || user.Identity?.IsAuthenticated != true)
        {
            return;
        }

        _user = user;
        InterlockedMax(ref _lastSeen, await WithNotificationsAsync(n => n.NewestIdAsync(userId, ct)));
        Volatile.Write(ref _userId, userId);
        circuits.Attach(userId, this);
        // Blazor's revalidation signs the circuit out when the password changed or the account was locked or deleted.
        authentication.AuthenticationStateChanged += OnAuthenticationStateChanged;
    }

    /// <summary>Stops pushes to this page: its sign-in no longer holds.</summary>
    public void Detach()
    {
        if (Interlocked.Exchange(ref _userId, null) is { } userId)
        {
            circuits.Detach(userId, this);
            logger.LogInformation("A page of user {User} stopped receiving live pushes: its sign-in no longer holds.", userId);
        }
    }

    public async Task<int> UnreadAsync()
    {
        return Volatile.Read(ref _userId) is { } userId ? await WithNotificationsAsync(n => n.UnreadAsync(userId)) : 0;
    }

    /// <summary>
    /// Delivers, oldest first, every notification stored after the last one this page saw (a page of 200 at a time),
    /// as after the link between instances was down. Returns how many it delivered.
    /// </summary>
    public async Task<int> CatchUpAsync(CancellationToken ct = default)
    {
        var delivered = 0;
        await _catchingUp.WaitAsync(ct);
        try
        {
            while (Volatile.Read(ref _userId) is { } userId)
            {
                var missed = await WithNotificationsAsync(n => n.AfterAsync(userId, LastSeen, ct: ct));
                foreach (var notification in missed)
                {
                    // A live push may have delivered it while this page was being fetched.
                    if (notification.Id > LastSeen)
                    {
                        Deliver(notification);
                        delivered++;
                    }
                }

                if (missed.Count < 200)
                {
                    break;
                }
            }
        }
        finally
        {
            _catchingUp.Release();
        }

        return delivered;
    }

    /// <summary>Hands a push to this page's handlers of its record type (called by <see cref="LiveCircuits"/>).</summary>
    public void Deliver(object payload)
    {
        if (payload is NotificationDto n)
        {
            InterlockedMax(ref _lastSeen, n.Id);
        }

        Action<object>[] handlers;
        lock (_handlers)
        {
            handlers = _handlers.TryGetValue(payload.GetType(), out var list) ? [.. list] : [];
        }

        foreach (var handler in handlers)
        {
            handler(payload);
        }
    }

    public ValueTask DisposeAsync()
    {
        authentication.AuthenticationStateChanged -= OnAuthenticationStateChanged;
        if (Interlocked.Exchange(ref _userId, null) is { } userId)
        {
            circuits.Detach(userId, this);
        }

        _catchingUp.Dispose();
        return ValueTask.CompletedTask;
    }

    private async void OnAuthenticationStateChanged(Task<AuthenticationState> state)
    {
        try
        {
            var user = (await state).User;
            if (user.FindFirstValue(ClaimTypes.NameIdentifier) != Volatile.Read(ref _userId))
            {
                Detach();
            }
        }
        catch (Exception e)
        {
            // Not knowing whether the sign-in holds means not pushing to it.
            logger.LogWarning(e, "The page's sign-in could not be read; it stops receiving live pushes.");
            Detach();
        }
    }

    private async Task<TResult> WithNotificationsAsync<TResult>(Func<NotificationService, Task<TResult>> read)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<NotificationService>());
    }

    private static void InterlockedMax(ref long target, long value)
    {
        var current = Interlocked.Read(ref target);
        while (value > current && Interlocked.CompareExchange(ref target, value, current) != current)
        {
            current = Interlocked.Read(ref target);
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private Action? _dispose = dispose;

        public void Dispose() => Interlocked.Exchange(ref _dispose, null)?.Invoke();
    }
}
