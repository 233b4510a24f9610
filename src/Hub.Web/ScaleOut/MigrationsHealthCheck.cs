using Hub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Web.ScaleOut;

/// <summary>Unhealthy while the database lacks a migration this build expects: the instance must not take traffic yet.</summary>
public sealed class MigrationsHealthCheck(HubDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        return pending == 0
            ? HealthCheckResult.Healthy("Up to date.")
            : HealthCheckResult.Unhealthy($"{pending} migration(s) not applied yet.");
    }
}
