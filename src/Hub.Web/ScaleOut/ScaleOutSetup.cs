using System.Text.Json;
using Hub.Core.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Web.ScaleOut;

/// <summary>
/// What lets several instances serve one hub (docs/architecture.md, "Several instances"): the instance's name on every
/// response, the Redis link and the live backplane over it, and the health endpoints a proxy asks.
/// </summary>
public static class ScaleOutSetup
{
    private const string Ready = "ready";

    public static WebApplicationBuilder AddHubScaleOut(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<HubInstance>();
        builder.Services.Configure<RedisLinkOptions>(builder.Configuration.GetSection(RedisLinkOptions.Section));
        builder.Services.AddSingleton<RedisLink>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<RedisLink>());
        builder.Services.AddSingleton<LiveBackplane>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<LiveBackplane>());
        builder.Services.AddHealthChecks()
            .AddDbContextCheck<HubDbContext>("database", tags: [Ready])
            .AddCheck<MigrationsHealthCheck>("migrations", tags: [Ready])
            .AddCheck<RedisHealthCheck>("redis", tags: [Ready]);
        return builder;
    }

    /// <summary>Names the instance on every response, errors included (set as the response starts).</summary>
    public static WebApplication UseHubInstanceHeader(this WebApplication app)
    {
        var name = app.Services.GetRequiredService<HubInstance>().Name;
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[HubInstance.Header] = name;
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    /// <summary>
    /// <c>/health/live</c>: the process answers (no dependency asked). <c>/health/ready</c>: the database answers and is
    /// migrated; Redis is reported, degraded at worst. <c>/health</c>: everything. All anonymous and not rate limited.
    /// </summary>
    public static WebApplication MapHubHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteAsync });
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteAsync });
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            instance = context.RequestServices.GetRequiredService<HubInstance>().Name,
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), e.Value.Description }),
        }));
    }
}
