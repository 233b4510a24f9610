using Hub.Core.Live;
using Hub.Core.Notifications;
using Microsoft.AspNetCore.SignalR.Client;

namespace Hub.Web.Live;

/// <summary>
/// A Blazor circuit's own connection to /hubs/live, as the signed-in user: pages receive pushes through the same hub
/// and groups as any other client (and so, scaled out, through the backplane). Pages subscribe to payload records with
/// <see cref="Subscribe{T}"/>; the circuit reconnects and catches up on notifications by id.
/// </summary>
public sealed class LiveCircuit(ILogger<LiveCircuit> logger) : IAsyncDisposable
{
    private readonly Dictionary<Type, List<Delegate>> _handlers = [];
    private readonly Dictionary<Type, Action<HubConnection>> _listeners = [];
    private HubConnection? _connection;
    private long _lastSeen;

    /// <summary>The browser's cookie header, captured when the circuit connected (see <see cref="LiveCookieCapture"/>).</summary>
    public string? Cookie { get; set; }

    /// <summary>Adjusts the hub connection, e.g. for a host that reaches the hub in-process (tests).</summary>
    public Action<Microsoft.AspNetCore.Http.Connections.Client.HttpConnectionOptions>? ConfigureConnection { get; set; }

    /// <summary>The newest notification this page has seen; catch-up fetches what came after it.</summary>
    public long LastSeen => Interlocked.Read(ref _lastSeen);

    /// <summary>Raised when a page marked the user's notifications read, so the bell can clear its badge.</summary>
    public event Action? AllRead;

    public void MarkedAllRead() => AllRead?.Invoke();

    public bool Connected => _connection?.State == HubConnectionState.Connected;

    /// <summary>Calls <paramref name="handler"/> for every push of <typeparamref name="T"/> until the subscription is disposed.</summary>
    public IDisposable Subscribe<T>(Action<T> handler) where T : ILivePayload
    {
        lock (_handlers)
        {
            if (!_handlers.TryGetValue(typeof(T), out var list))
            {
                _handlers[typeof(T)] = list = [];
            }

            list.Add(handler);
        }

        Wire<T>();
        return new Subscription(() =>
        {
            lock (_handlers)
            {
                _handlers[typeof(T)].Remove(handler);
            }
        });
    }

    public async Task StartAsync(Uri baseUri, CancellationToken ct = default)
    {
        if (_connection is not null || string.IsNullOrEmpty(Cookie))
        {
            return;
        }

        var cookie = Cookie;
        _connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseUri, "hubs/live"), o =>
            {
                o.Headers["Cookie"] = cookie;
                ConfigureConnection?.Invoke(o);
            })
            .WithAutomaticReconnect()
            .Build();
        Wire<NotificationDto>();
        lock (_handlers)
        {
            foreach (var listen in _listeners.Values)
            {
                listen(_connection);
            }
        }

        // Whatever was pushed while the connection was down is in the store: fetch it.
        _connection.Reconnected += _ => CatchUpAsync();
        try
        {
            await _connection.StartAsync(ct);
            // A page starts after the newest notification: older ones are in the inbox, not news to pop up.
            var newest = await _connection.InvokeAsync<long>("NewestNotificationId", ct);
            InterlockedMax(ref _lastSeen, newest);
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or System.Net.WebSockets.WebSocketException)
        {
            logger.LogWarning(e, "The page could not connect to the live hub; it will show changes on reload.");
        }
    }

    public async Task<int> UnreadAsync()
    {
        try
        {
            return Connected ? await _connection!.InvokeAsync<int>("Unread") : 0;
        }
        catch (Exception e) when (e is ObjectDisposedException or InvalidOperationException)
        {
            // The page closed, or the connection dropped, between the check and the call: nothing to count.
            return 0;
        }
    }

    /// <summary>
    /// Delivers, oldest first, every notification stored after the last one this page saw (a page of 200 at a time), as
    /// after a reconnect. Returns how many it delivered.
    /// </summary>
    public async Task<int> CatchUpAsync(CancellationToken ct = default)
    {
        var delivered = 0;
        while (Connected)
        {
            var missed = await _connection!.InvokeAsync<IReadOnlyList<NotificationDto>>("CatchUp", LastSeen, ct);
            foreach (var n in missed.Where(n => n.Id > LastSeen))
            {
                Deliver(n);
                delivered++;
            }

            if (missed.Count < 200)
            {
                break;
            }
        }

        return delivered;
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    /// <summary>Listens for the payload's event, once per type: on the connection now if there is one, and when it starts.</summary>
    private void Wire<T>() where T : ILivePayload
    {
        lock (_handlers)
        {
            if (_listeners.ContainsKey(typeof(T)))
            {
                return;
            }

            _listeners[typeof(T)] = connection => connection.On<T>(T.Event, Deliver);
            if (_connection is not null)
            {
                _listeners[typeof(T)](_connection);
            }
        }
    }

    private void Deliver<T>(T payload) where T : ILivePayload
    {
        if (payload is NotificationDto n)
        {
            InterlockedMax(ref _lastSeen, n.Id);
        }

        Delegate[] handlers;
        lock (_handlers)
        {
            handlers = _handlers.TryGetValue(typeof(T), out var list) ? [.. list] : [];
        }

        foreach (var handler in handlers)
        {
            ((Action<T>)handler)(payload);
        }
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
