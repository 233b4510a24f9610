using Hub.Core.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Core.Notifications;

public static class NotificationsSetup
{
    /// <summary>Notifications, preferences, the daily digest and the retention job (section "Hub:Notifications").</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<NotificationRetention>(configuration.GetSection("Hub:Notifications"));
        services.AddScoped<NotificationService>();
        services.AddScoped<NotificationPreferences>();
        services.AddPeriodicJob<NotificationDigestJob>();
        services.AddPeriodicJob<NotificationRetentionJob>();
        return services;
    }
}
