using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Core.Profiles;

public static class ProfilesSetup
{
    /// <summary>Profiles: who may act for them, editing, reading, the directory and the ecosystem figures (section "Hub:Profiles").</summary>
    public static IServiceCollection AddProfiles(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ProfileCreationRules>(configuration.GetSection("Hub:Profiles"));
        services.AddSingleton<MatchingInputChanges>();
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
