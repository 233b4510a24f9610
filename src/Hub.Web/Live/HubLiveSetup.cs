using Hub.Core.Live;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hub.Web.Live;

public static class HubLiveSetup
{
    /// <summary>The web side of live pushes: the hub, SignalR as the transport, and each circuit's own hub connection.</summary>
    public static WebApplicationBuilder AddHubLive(this WebApplicationBuilder builder)
    {
        builder.Services.AddSignalR();
        builder.Services.AddHttpContextAccessor();
        builder.Services.Replace(ServiceDescriptor.Singleton<ILiveTransport, SignalRLiveTransport>());
        builder.Services.AddScoped<LiveCircuit>();
        builder.Services.AddScoped<CircuitHandler, LiveCookieCapture>();
        return builder;
    }

    public static WebApplication MapHubLive(this WebApplication app)
    {
        app.MapHub<LiveHub>("/hubs/live");
        return app;
    }
}
