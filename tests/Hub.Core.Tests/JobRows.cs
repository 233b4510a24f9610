using Hub.Core.Data;
using Hub.Core.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Core.Tests;

/// <summary>Reads and writes the job host's rows in table PeriodicJobs, and builds job hosts as other instances would.</summary>
public static class JobRows
{
    public const string Expiry = "introductions.expire";
    public const string Digest = "notifications.digest";

    /// <summary>
    /// Runs the due jobs and returns those these tests watch (expiry, digest, the scripted job): the other jobs Core
    /// registers (event reminders every 30 s, request expiry) keep their own intervals and would only add noise.
    /// </summary>
    public static async Task<List<string>> RunWatchedAsync(this JobHost host)
    {
        var ran = await host.RunDueAsync();
        return [.. ran.Where(n => n is Expiry or Digest or ScriptedJob.JobName)];
    }

    public static async Task<PeriodicJobState> RowAsync(this IServiceProvider services, string name)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HubDbContext>().PeriodicJobs.AsNoTracking().SingleAsync(j => j.Name == name);
    }

    public static async Task SaveRowAsync(this IServiceProvider services, PeriodicJobState row)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        if (await db.PeriodicJobs.AnyAsync(j => j.Name == row.Name))
        {
            db.PeriodicJobs.Update(row);
        }
        else
        {
            db.PeriodicJobs.Add(row);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>A job host of its own, as another instance of the app over the same database would have.</summary>
    public static JobHost NewInstance(this IServiceProvider services) => new(
        services.GetRequiredService<IServiceScopeFactory>(), services.GetRequiredService<JobRegistry>(),
        services.GetRequiredService<IOptions<JobHostOptions>>(), services.GetRequiredService<TimeProvider>(),
        services.GetRequiredService<ILogger<JobHost>>());
}
