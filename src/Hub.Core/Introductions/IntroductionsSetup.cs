using Hub.Core.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Core.Introductions;

public static class IntroductionsSetup
{
    /// <summary>Introductions, blocking and the expiry job (section "Hub:Introductions").</summary>
    public static IServiceCollection AddIntroductions(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<IntroductionRules>(configuration.GetSection("Hub:Introductions"));
        services.AddScoped<IntroductionService>();
        services.AddScoped<IntroductionInbox>();
        services.AddScoped<ProfileBlocking>();
        services.AddPeriodicJob<IntroductionExpiryJob>();
        return services;
    }
}
