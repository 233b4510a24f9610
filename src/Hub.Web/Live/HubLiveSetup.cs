using Microsoft.AspNetCore.SignalR;
using Hub.Core.Live;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hub.Web.Live;

public static class HubLiveSetup
{
    /// <summary>The web side of live pushes: the hub, SignalR as the transport, and each circuit's own hub connection.</summary>
    public static WebApplicationBuilder AddHubLive(this WebApplicationBuilder builder)
    {
        // Only on /hubs/live: Blazor's own circuit hub has its own revalidation and anonymous visitors.
        builder.Services.AddSignalR().AddHubOptions<LiveHub>(o => o.AddFilter<LiveSessionFilter>());
        builder.Services.AddSingleton<LiveSessions>();
        builder.Services.AddHostedService<LiveSessionSweep>();
        builder.Services.AddSingleton<LiveAddress>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.Replace(ServiceDescriptor.Singleton<ILiveTransport, SignalRLiveTransport>());
        builder.Services.AddScoped<LiveCircuit>();
        builder.Services.AddScoped<CircuitHandler, LiveCookieCapture>();
        return builder;
    }

    public static WebApplication MapHubLive(this WebApplication app)
    {
        // A connection ends when its cookie expires; LiveSessions closes it sooner when the sign-in is revoked.
        app.MapHub<LiveHub>("/hubs/live", o => o.CloseOnAuthenticationExpiration = true);
        return app;
    }
}
