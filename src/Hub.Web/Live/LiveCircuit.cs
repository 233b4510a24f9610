using Hub.Core.Introductions;
using Hub.Core.Notifications;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.SignalR.Client;

namespace Hub.Web.Live;

/// <summary>
/// A Blazor circuit's own connection to /hubs/live, as the signed-in user: pages receive pushes through the same hub
/// and groups as any other client (and so, scaled out, through the backplane). Reconnects and catches up by id.
/// </summary>
public sealed class LiveCircuit(ILogger<LiveCircuit> logger) : IAsyncDisposable
{
    private HubConnection? _connection;
    private long _lastSeen;

    /// <summary>The browser's cookie header, captured when the circuit connected (see <see cref="LiveCookieCapture"/>).</summary>
    public string? Cookie { get; set; }

    public event Action<NotificationDto>? Notification;

    public event Action<MessageDto>? Message;

    public event Action<ReadReceiptDto>? Read;

    /// <summary>Raised when a page marked the user's notifications read, so the bell can clear its badge.</summary>
    public event Action? AllRead;

    public void MarkedAllRead() => AllRead?.Invoke();

    public bool Connected => _connection?.State == HubConnectionState.Connected;

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
        _connection.On<NotificationDto>("Notification", n =>
        {
            _lastSeen = Math.Max(_lastSeen, n.Id);
            Notification?.Invoke(n);
        });
        _connection.On<MessageDto>("Message", m => Message?.Invoke(m));
        _connection.On<ReadReceiptDto>("Read", r => Read?.Invoke(r));
        _connection.Reconnected += async _ =>
        {
            // Whatever was pushed while the connection was down is in the store: fetch it.
            foreach (var n in await _connection.InvokeAsync<IReadOnlyList<NotificationDto>>("CatchUp", _lastSeen))
            {
                _lastSeen = Math.Max(_lastSeen, n.Id);
                Notification?.Invoke(n);
            }
        };
        try
        {
            await _connection.StartAsync(ct);
            var existing = await _connection.InvokeAsync<IReadOnlyList<NotificationDto>>("CatchUp", 0L, ct);
            _lastSeen = existing.Count == 0 ? 0 : existing.Max(n => n.Id);
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
}

/// <summary>Captures the cookie header of the circuit's connection so the circuit can connect to the hub as its user.</summary>
public sealed class LiveCookieCapture(IHttpContextAccessor accessor, LiveCircuit live) : CircuitHandler
{
    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        var cookie = accessor.HttpContext?.Request.Headers.Cookie.ToString();
        if (!string.IsNullOrEmpty(cookie))
        {
            live.Cookie = cookie;
        }

        return Task.CompletedTask;
    }
}
