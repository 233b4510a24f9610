using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Web.ScaleOut;

/// <summary>
/// Redis as readiness sees it: never unhealthy, because Hub keeps serving without it (pushes then reach only this
/// instance's clients, and the others catch up from the store); degraded says so to the proxy's operator.
/// </summary>
public sealed class RedisHealthCheck(RedisLink link) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(!link.IsConfigured
            ? HealthCheckResult.Healthy("Not configured: live pushes reach this instance's clients only.")
            : link.IsUp
                ? HealthCheckResult.Healthy($"Connected; {link.PeersHeard} other instance(s) heard.")
                : HealthCheckResult.Degraded("Unreachable: live pushes reach this instance's clients only; the others catch up from stored notifications."));
}
