using Hub.Core.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Core.Events;

public static class EventsSetup
{
    /// <summary>
    /// Matchmaking events: editing, registration, requests, the schedule board, the day and reports, with the request
    /// expiry and reminder jobs (section "Hub:Events"). The pair scorer comes from Hub.Matching.
    /// </summary>
    public static IServiceCollection AddEvents(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EventRules>(configuration.GetSection("Hub:Events"));
        services.AddScoped<EventAccess>();
        services.AddScoped<EventEditor>();
        services.AddScoped<EventReader>();
        services.AddScoped<EventRegistrations>();
        services.AddScoped<MeetingRequests>();
        services.AddScoped<EventSchedule>();
        services.AddScoped<EventDay>();
        services.AddScoped<EventFeedback>();
        services.AddScoped<EventReports>();
        services.AddPeriodicJob<MeetingRequestExpiryJob>();
        services.AddPeriodicJob<MeetingReminderJob>();
        return services;
    }
}
