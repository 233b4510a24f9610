using Microsoft.Extensions.DependencyInjection;

namespace Hub.Core.Compute;

public static class ComputeSetup
{
    /// <summary>The compute marketplace: offers and their capacity ledger, needs, applications and usage. Ranking comes from Hub.Matching.</summary>
    public static IServiceCollection AddCompute(this IServiceCollection services) => services
        .AddScoped<ComputeCatalogue>()
        .AddScoped<ComputeAccess>()
        .AddScoped<CapacityLedger>()
        .AddScoped<ComputeOffers>()
        .AddScoped<ComputeNeeds>()
        .AddScoped<ComputeApplications>()
        .AddScoped<ComputeUsage>();
}
