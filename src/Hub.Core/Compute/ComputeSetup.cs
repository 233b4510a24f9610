using Microsoft.Extensions.DependencyInjection;

namespace Hub.Core.Compute;

public static class ComputeSetup
{
    public static IServiceCollection AddCompute(this IServiceCollection services) => services.AddScoped<ComputeCatalogue>();
}
