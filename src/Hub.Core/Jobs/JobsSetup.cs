using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hub.Core.Jobs;

public static class JobsSetup
{
    /// <summary>The one host for periodic work (section "Hub:Jobs").</summary>
    public static IServiceCollection AddJobHost(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(JobHost)))
        {
            return services;
        }

        services.Configure<JobHostOptions>(configuration.GetSection("Hub:Jobs"));
        services.TryAddSingleton(Registry(services));
        services.TryAddSingleton<JobHost>();
        services.AddHostedService(sp => sp.GetRequiredService<JobHost>());
        services.TryAddScoped<JobStatus>();
        return services;
    }

    /// <summary>Registers a periodic job; the feature that owns it calls this from its own setup.</summary>
    public static IServiceCollection AddPeriodicJob<TJob>(this IServiceCollection services) where TJob : class, IPeriodicJob
    {
        Registry(services).Add(typeof(TJob));
        services.TryAddScoped<TJob>();
        return services;
    }

    private static JobRegistry Registry(IServiceCollection services)
    {
        if (services.FirstOrDefault(d => d.ServiceType == typeof(JobRegistry))?.ImplementationInstance is JobRegistry existing)
        {
            return existing;
        }

        var registry = new JobRegistry();
        services.AddSingleton(registry);
        return registry;
    }
}
