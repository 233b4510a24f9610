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
            .WithUrl(new Uri(baseUri, "hubs/live"), o => o.Headers["Cookie"] = cookie)
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

        _connection.Reconnected += async _ =>
        {
            // Whatever was pushed while the connection was down is in the store: fetch it.
            foreach (var n in await _connection.InvokeAsync<IReadOnlyList<NotificationDto>>("CatchUp", _lastSeen))
            {
                Deliver(n);
            }
        };
        try
        {
            await _connection.StartAsync(ct);
            var existing = await _connection.InvokeAsync<IReadOnlyList<NotificationDto>>("CatchUp", 0L, ct);
            _lastSeen = Math.Max(_lastSeen, existing.Count == 0 ? 0 : existing.Max(n => n.Id));
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or System.Net.WebSockets.WebSocketException)
        {
            logger.LogWarning(e, "The page could not connect to the live hub; it will show changes on reload.");
        }
    }

    public async Task<int> UnreadAsync() => Connected ? await _connection!.InvokeAsync<int>("Unread") : 0;

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
            _lastSeen = Math.Max(_lastSeen, n.Id);
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

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private Action? _dispose = dispose;

        public void Dispose() => Interlocked.Exchange(ref _dispose, null)?.Invoke();
    }
}
