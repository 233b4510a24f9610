using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hub.Core.Live;

public static class LiveSetup
{
    /// <summary>The publisher features push through. The web host replaces the offline transport with SignalR's.</summary>
    public static IServiceCollection AddLivePublishing(this IServiceCollection services)
    {
        services.TryAddSingleton<ILiveTransport, OfflineLiveTransport>();
        services.AddScoped<LivePublisher>();
        return services;
    }
}
