using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Core.Profiles;

public static class ProfilesSetup
{
    /// <summary>Profiles: who may act for them, editing, reading, the directory and the ecosystem figures (section "Hub:Profiles").</summary>
    public static IServiceCollection AddProfiles(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ProfileCreationRules>(configuration.GetSection("Hub:Profiles"));
        // How often each instance looks for changes saved by the others (the recommender rebuilds its snapshot then).
        var checkInterval = configuration.GetValue("Hub:Recommender:SharedStateCheckInterval", TimeSpan.FromSeconds(1));
        services.AddSingleton(sp => new MatchingInputChanges(sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<TimeProvider>(),
            checkInterval, sp.GetRequiredService<ILogger<MatchingInputChanges>>()));
        services.AddScoped<ProfileAccess>();
        services.AddScoped<ProfileDirectory>();
        services.AddScoped<ProfileEditor>();
        services.AddScoped<ProfileMembership>();
        services.AddScoped<ProfileReader>();
        services.AddScoped<ProfileViewer>();
        services.AddScoped<ProfileLogos>();
        services.AddScoped<EcosystemOverview>();
        return services;
    }
}
