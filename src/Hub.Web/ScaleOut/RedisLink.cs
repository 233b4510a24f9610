using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Hub.Web.ScaleOut;

/// <summary>
/// This instance's connection to Redis (<c>ConnectionStrings:Redis</c>), when one is configured, and its subscription to
/// the one channel instances talk on. Redis is optional at every moment: publishing never throws and never waits for
/// it, and a background check re-establishes the subscription whenever its own heartbeat stops coming back, including
/// for an instance that started while Redis was down (see decision 016).
/// </summary>
public sealed class RedisLink(IConfiguration configuration, IOptions<RedisLinkOptions> options, HubInstance instance, ILogger<RedisLink> logger)
    : BackgroundService
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // Network liveness is measured in real time: a test's fake business clock must not make Redis look stale or fresh.
    private readonly TimeProvider _wall = TimeProvider.System;
    private readonly string? _connectionString = configuration.GetConnectionString("Redis");
    private readonly ConcurrentDictionary<string, Func<BusMessage, Task>> _handlers = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _peers = new();
    private ConnectionMultiplexer? _redis;
    private int _generation;
    private long _lastHeartbeatTicks;

    /// <summary>Whether a Redis connection string is configured at all.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(_connectionString);

    /// <summary>Connected, and this instance's own heartbeat came back through Redis recently: messages cross instances.</summary>
    public bool IsUp => _redis?.IsConnected == true && SinceHeartbeat < options.Value.StaleAfter;

    /// <summary>How long since this instance last heard its own heartbeat (infinite before the first).</summary>
    public TimeSpan SinceHeartbeat
    {
        get
        {
            var ticks = Interlocked.Read(ref _lastHeartbeatTicks);
            return ticks == 0 ? TimeSpan.MaxValue : _wall.GetUtcNow() - new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    /// <summary>Other instances heard from within <see cref="RedisLinkOptions.StaleAfter"/>.</summary>
    public int PeersHeard => _peers.Count(p => _wall.GetUtcNow() - p.Value < options.Value.StaleAfter);

    /// <summary>How many times the subscription has been (re-)established; 1 after a clean start.</summary>
    public int Subscriptions => Volatile.Read(ref _generation);

    /// <summary>The database for shared counters while Redis is up; null otherwise (callers fall back to local state).</summary>
    public IDatabase? Database => _redis is { IsConnected: true } redis ? redis.GetDatabase() : null;

    public string Key(string name) => $"{options.Value.ChannelPrefix}:{name}";

    private RedisChannel Channel => RedisChannel.Literal(Key("bus"));

    /// <summary>
    /// Raised when messages cross instances again (this instance's heartbeat comes back through Redis), at first and
    /// after every outage: whatever other instances sent while the link was down never arrived here.
    /// </summary>
    public event Action? CameUp;

    /// <summary>Handles messages of one kind from other instances.</summary>
    public void On(string kind, Func<BusMessage, Task> handler) => _handlers[kind] = handler;

    /// <summary>Sends to the other instances. Fire and forget: while Redis is away the message is dropped, never queued or thrown.</summary>
    public bool Publish(BusMessage message)
    {
        var redis = _redis;
        if (redis is not { IsConnected: true })
        {
            return false;
        }

        try
        {
            redis.GetSubscriber().Publish(Channel, JsonSerializer.SerializeToUtf8Bytes(message, Json), CommandFlags.FireAndForget);
            return true;
        }
        catch (Exception e) when (e is RedisException or ObjectDisposedException)
        {
            logger.LogDebug(e, "Publishing to Redis failed; the message reaches this instance's clients only.");
            return false;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!IsConfigured)
        {
            return;
        }

        var settings = ConfigurationOptions.Parse(_connectionString!);
        var timeout = (int)options.Value.Timeout.TotalMilliseconds;
        settings.AbortOnConnectFail = false;
        settings.ConnectTimeout = timeout;
        settings.SyncTimeout = timeout;
        settings.AsyncTimeout = timeout;
        settings.ConnectRetry = 1;
        settings.ReconnectRetryPolicy = new LinearRetry(timeout);
        // Commands while disconnected fail at once instead of waiting in a backlog to be sent late.
        settings.BacklogPolicy = BacklogPolicy.FailFast;
        settings.ClientName = new string(instance.Name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        _redis = await ConnectionMultiplexer.ConnectAsync(settings);
        _redis.ConnectionFailed += (_, e) => logger.LogWarning("Redis connection lost ({Failure}); live pushes reach this instance's clients only.", e.FailureType);
        _redis.ConnectionRestored += (_, _) => logger.LogInformation("Redis connection restored.");

        using var timer = new PeriodicTimer(options.Value.CheckInterval, _wall);
        var subscribed = false;
        var wasUp = false;
        do
        {
            try
            {
                if (!subscribed || (_redis.IsConnected && SinceHeartbeat > options.Value.StaleAfter))
                {
                    subscribed = await SubscribeAsync();
                }

                var up = IsUp;
                if (up && !wasUp)
                {
                    CameUp?.Invoke();
                }

                wasUp = up;
                Publish(new BusMessage(instance.BusId, BusMessage.Kinds.Heartbeat));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogDebug(e, "Checking the Redis link failed; it will be tried again.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>
    /// (Re-)subscribes with a new generation: a handler of an earlier generation that the client library restores on
    /// its own goes quiet, so a message is never handled twice.
    /// </summary>
    private async Task<bool> SubscribeAsync()
    {
        if (_redis is not { IsConnected: true } redis)
        {
            return false;
        }

        var subscriber = redis.GetSubscriber();
        try
        {
            await subscriber.UnsubscribeAsync(Channel);
        }
        catch (RedisException)
        {
            // Nothing to undo, or the server is away again; the handler's generation keeps an old one quiet anyway.
        }

        var generation = Interlocked.Increment(ref _generation);
        await subscriber.SubscribeAsync(Channel, (channel, value) =>
        {
            if (generation == Volatile.Read(ref _generation))
            {
                _ = ReceiveAsync(value);
            }
        });
        logger.LogInformation("Subscribed to Redis as {Instance} (subscription {Generation}).", instance.Name, generation);
        return true;
    }

    private async Task ReceiveAsync(RedisValue value)
    {
        try
        {
            var message = JsonSerializer.Deserialize<BusMessage>((byte[])value!, Json);
            if (message is null)
            {
                return;
            }

            if (message.Kind == BusMessage.Kinds.Heartbeat)
            {
                if (message.Origin == instance.BusId)
                {
                    Interlocked.Exchange(ref _lastHeartbeatTicks, _wall.GetUtcNow().UtcTicks);
                }
                else
                {
                    _peers[message.Origin] = _wall.GetUtcNow();
                }

                return;
            }

            if (message.Origin != instance.BusId && _handlers.TryGetValue(message.Kind, out var handler))
            {
                await handler(message);
            }
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "A message from Redis could not be handled.");
        }
    }

    public override void Dispose()
    {
        _redis?.Dispose();
        base.Dispose();
    }
}
