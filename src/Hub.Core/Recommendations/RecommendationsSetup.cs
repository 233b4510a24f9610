using Hub.Core.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Core.Recommendations;

public static class RecommendationsSetup
{
    /// <summary>
    /// What Core keeps of the recommender's signals (section "Hub:Recommendations"): impressions, consent to
    /// personalisation, and the job that folds old raw signals into daily counts. The ranking itself lives in Hub.Matching.
    /// </summary>
    public static IServiceCollection AddRecommendationSignals(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RecommendationSignalOptions>(configuration.GetSection("Hub:Recommendations"));
        services.AddScoped<ImpressionLog>();
        services.AddScoped<PersonalisationConsents>();
        services.AddScoped<SignalFolding>();
        services.AddPeriodicJob<SignalFoldingJob>();
        return services;
    }
}
