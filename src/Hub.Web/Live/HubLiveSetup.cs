using Hub.Core.Introductions;
using Hub.Core.Notifications;

namespace Hub.Web.Live;

public static class HubLiveSetup
{
    public static WebApplicationBuilder AddHubLive(this WebApplicationBuilder builder)
    {
        builder.Services.AddSignalR();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<LiveCircuit>();
        builder.Services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, LiveCookieCapture>();
        builder.Services.AddScoped<IntroductionInbox>();
        builder.Services.AddScoped<IntroductionRequests>();
        builder.Services.AddScoped<ILivePublisher, SignalRLivePublisher>();
        builder.Services.AddScoped<NotificationService>();
        builder.Services.AddScoped<IntroductionService>();
        builder.Services.Configure<IntroductionRules>(builder.Configuration.GetSection("Hub:Introductions"));
        builder.Services.AddHostedService<IntroductionExpiry>();
        return builder;
    }

    public static WebApplication MapHubLive(this WebApplication app)
    {
        app.MapHub<LiveHub>("/hubs/live");
        return app;
    }
}

/// <summary>Every few minutes: expires pending introductions past their date (telling both sides) and sends daily digests.</summary>
public sealed class IntroductionExpiry(IServiceScopeFactory scopes, ILogger<IntroductionExpiry> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(5));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var expired = await scope.ServiceProvider.GetRequiredService<IntroductionService>().ExpireDueAsync(stoppingToken);
                var digests = await scope.ServiceProvider.GetRequiredService<NotificationService>().SendDigestsAsync(stoppingToken);
                if (expired + digests > 0)
                {
                    logger.LogInformation("Expired {Expired} introductions, sent {Digests} daily digests.", expired, digests);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Expiring introductions failed; will try again.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
