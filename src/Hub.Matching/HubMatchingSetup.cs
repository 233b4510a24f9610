using Hub.Matching.Serving;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hub.Matching;

public static class HubMatchingSetup
{
    /// <summary>Registers the recommender: snapshot, scorer state, serving service and the background trainer.</summary>
    public static IHostApplicationBuilder AddHubMatching(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<MatchingOptions>(builder.Configuration.GetSection("Hub:Recommender"));
        builder.Services.AddSingleton<RecommenderState>();
        builder.Services.AddSingleton<WorldLoader>();
        builder.Services.AddScoped<RecommendationService>();
        builder.Services.AddScoped<RecommenderAdmin>();
        builder.Services.AddScoped<EventImport>();
        builder.Services.AddSingleton<RecommenderTrainer>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<RecommenderTrainer>());
        builder.Services.AddSingleton<NewProfileAnnouncer>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<NewProfileAnnouncer>());
        return builder;
    }
}
