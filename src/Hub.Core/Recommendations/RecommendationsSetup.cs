using Microsoft.Extensions.DependencyInjection;

namespace Hub.Core.Recommendations;

public static class RecommendationsSetup
{
    /// <summary>What Core keeps of the recommender's signals (the ranking itself lives in Hub.Matching).</summary>
    public static IServiceCollection AddRecommendationSignals(this IServiceCollection services)
    {
        services.AddScoped<ImpressionLog>();
        return services;
    }
}
