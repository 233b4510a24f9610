using Microsoft.AspNetCore.SignalR;
using Hub.Core.Live;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hub.Web.Live;

public static class HubLiveSetup
{
    /// <summary>The web side of live pushes: the hub for external clients, the pages' in-process subscriptions, one transport.</summary>
    public static WebApplicationBuilder AddHubLive(this WebApplicationBuilder builder)
    {
        // Only on /hubs/live: Blazor's own circuit hub has its own revalidation and anonymous visitors.
        builder.Services.AddSignalR().AddHubOptions<LiveHub>(o => o.AddFilter<LiveSessionFilter>());
        builder.Services.AddSingleton<LiveSessions>();
        builder.Services.AddHostedService<LiveSessionSweep>();
        builder.Services.AddSingleton<LiveCircuits>();
        builder.Services.Replace(ServiceDescriptor.Singleton<ILiveTransport, SignalRLiveTransport>());
        builder.Services.AddScoped<LiveCircuit>();
        return builder;
    }

    public static WebApplication MapHubLive(this WebApplication app)
    {
        // A connection ends when its cookie expires; LiveSessions closes it sooner when the sign-in is revoked.
        app.MapHub<LiveHub>("/hubs/live", o => o.CloseOnAuthenticationExpiration = true);
        return app;
    }
}
