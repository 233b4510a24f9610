using System.Threading.RateLimiting;
using System.Globalization;
using Hub.Core;
using Hub.Web.ScaleOut;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Hub.Web.Security;

/// <summary>
/// The one rate limiter behind every limited action, HTTP or inside a Blazor circuit (where no HTTP request passes the
/// rate-limiting middleware). Partitioned by action and by who acts: the user id when signed in, else the client address.
/// </summary>
/// <remarks>
/// The counts that matter most for abuse (<see cref="Shared"/>: sign-in attempts and failures, registrations) are also
/// counted in Redis when it is up, in fixed windows shared by every instance, so a client spread over several instances
/// gets one budget; with Redis away each instance counts alone. The other actions are counted per instance.
/// </remarks>
public sealed class AbuseLimits : IDisposable
{
    private static readonly AbuseAction[] Shared = [AbuseAction.SignIn, AbuseAction.SignInFailure, AbuseAction.Register];
    private readonly RateLimitOptions _options;
    private readonly RedisLink? _redis;

    /// <summary>What a person is told when refused.</summary>
    public const string RefusedMessage = "Too many attempts; try again in a minute.";

    private readonly PartitionedRateLimiter<(AbuseAction Action, string Who)> _limiter;

    public AbuseLimits(IOptions<RateLimitOptions> options, RedisLink? redis = null)
    {
        var limits = options.Value;
        _options = limits;
        _redis = redis;
        _limiter = PartitionedRateLimiter.Create<(AbuseAction Action, string Who), (AbuseAction, string)>(key =>
            RateLimitPartition.GetFixedWindowLimiter(key, k => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, limits.For(k.Item1).PermitLimit),
                Window = limits.For(k.Item1).Window,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    /// <summary>Takes one permit; false (and how long to wait) when the partition has used its limit.</summary>
    public bool TryAcquire(AbuseAction action, string who, out TimeSpan retryAfter)
    {
        using var lease = _limiter.AttemptAcquire((action, who));
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var shared = SharedCount(action, who, take: true);
        if (shared > _options.For(action).PermitLimit)
        {
            retryAfter = SharedWindow(action).Remaining;
            return false;
        }

        return lease.IsAcquired;
    }

    /// <summary>Whether a permit is left, without taking one (for limits that only count failures).</summary>
    public bool HasRoom(AbuseAction action, string who) =>
        _limiter.GetStatistics((action, who)) is not { CurrentAvailablePermits: <= 0 }
        && SharedCount(action, who, take: false) < _options.For(action).PermitLimit;

    /// <summary>
    /// The count in Redis for this window after taking one (or without taking one); 0 when the action is not shared or
    /// Redis is away, which leaves the decision to this instance's own count.
    /// </summary>
    private long SharedCount(AbuseAction action, string who, bool take)
    {
        if (!Shared.Contains(action) || _redis?.Database is not { } db)
        {
            return 0;
        }

        var window = SharedWindow(action);
        var key = (RedisKey)_redis.Key(string.Create(CultureInfo.InvariantCulture, $"limit:{action}:{window.Index}:{who}"));
        try
        {
            if (!take)
            {
                return (long?)db.StringGet(key) ?? 0;
            }

            var count = db.StringIncrement(key);
            if (count == 1)
            {
                db.KeyExpire(key, window.Length + TimeSpan.FromSeconds(5), flags: CommandFlags.FireAndForget);
            }

            return count;
        }
        catch (Exception e) when (e is RedisException or TimeoutException or ObjectDisposedException)
        {
            return 0;
        }
    }

    /// <summary>The fixed window the shared count is in now (wall time, like the in-memory limiter's replenishment).</summary>
    private (long Index, TimeSpan Length, TimeSpan Remaining) SharedWindow(AbuseAction action)
    {
        var length = _options.For(action).Window;
        var now = DateTimeOffset.UtcNow.UtcTicks;
        var index = now / length.Ticks;
        return (index, length, TimeSpan.FromTicks(((index + 1) * length.Ticks) - now));
    }

    /// <summary>The refusal to show, or null when the action may go ahead (and has taken its permit).</summary>
    public Outcome? Refusal(AbuseAction action, string who) =>
        TryAcquire(action, who, out _) ? null : Outcome.Conflict(RefusedMessage);

    public void Dispose() => _limiter.Dispose();
}
