using Hub.Core.Jobs;
using Hub.Matching.Serving;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hub.Matching;

public static class HubMatchingSetup
{
    /// <summary>Registers the recommender (snapshot, scorer state, serving, the background trainer and its jobs) and the compute matcher.</summary>
    public static IHostApplicationBuilder AddHubMatching(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHubMatching(builder.Configuration);
        return builder;
    }

    /// <summary>The same registration without a host (command line, tests, benchmarks). Needs Core's registration first.</summary>
    public static IServiceCollection AddHubMatching(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MatchingOptions>(configuration.GetSection("Hub:Recommender"));
        services.AddSingleton<RecommenderState>();
        services.AddSingleton<WorldLoader>();
        services.AddScoped<RecommendationService>();
        services.AddSingleton<PublicMatchCache>();
        services.AddScoped<RecommenderAdmin>();
        services.AddScoped<TrainingSignals>();
        services.AddScoped<EventImport>();
        services.AddScoped<Events.EventPairScorer>();
        services.AddScoped<Hub.Core.Events.IEventPairScorer>(sp => sp.GetRequiredService<Events.EventPairScorer>());
        services.AddScoped<Events.EventRanking>();
        services.AddScoped<Hub.Core.Compute.IComputeMatcher, Compute.ComputeMatcher>();
        services.AddSingleton<RecommenderTrainer>();
        services.AddHostedService(sp => sp.GetRequiredService<RecommenderTrainer>());
        services.AddPeriodicJob<RetrainCheckJob>();
        services.AddPeriodicJob<NewProfileAnnouncementJob>();
        return services;
    }
}
