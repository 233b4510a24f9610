using Hub.Core.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Core.Notifications;

public static class NotificationsSetup
{
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddScoped<NotificationService>();
        services.AddScoped<NotificationPreferences>();
        services.AddPeriodicJob<NotificationDigestJob>();
        return services;
    }
}
