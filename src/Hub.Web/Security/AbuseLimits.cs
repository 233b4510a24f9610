using System.Threading.RateLimiting;
using Hub.Core;
using Microsoft.Extensions.Options;

namespace Hub.Web.Security;

/// <summary>
/// The one rate limiter behind every limited action, HTTP or inside a Blazor circuit (where no HTTP request passes the
/// rate-limiting middleware). Partitioned by action and by who acts: the user id when signed in, else the client address.
/// </summary>
public sealed class AbuseLimits : IDisposable
{
    /// <summary>What a person is told when refused.</summary>
    public const string RefusedMessage = "Too many attempts; try again in a minute.";

    private readonly PartitionedRateLimiter<(AbuseAction Action, string Who)> _limiter;

    public AbuseLimits(IOptions<RateLimitOptions> options)
    {
        var limits = options.Value;
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
        return lease.IsAcquired;
    }

    /// <summary>Whether a permit is left, without taking one (for limits that only count failures).</summary>
    public bool HasRoom(AbuseAction action, string who) =>
        _limiter.GetStatistics((action, who)) is not { CurrentAvailablePermits: <= 0 };

    /// <summary>The refusal to show, or null when the action may go ahead (and has taken its permit).</summary>
    public Outcome? Refusal(AbuseAction action, string who) =>
        TryAcquire(action, who, out _) ? null : Outcome.Conflict(RefusedMessage);

    public void Dispose() => _limiter.Dispose();
}
