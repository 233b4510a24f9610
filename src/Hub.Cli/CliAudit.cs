using Hub.Core.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Cli;

/// <summary>Records what an operator did from the command line in the hub's audit log (actor "Hub command line").</summary>
internal static class CliAudit
{
    public static async Task WriteAsync(IServiceProvider services, AuditAction action, string subject, string detail)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuditLog>().WriteAsync(action, null, subject, detail);
    }

    /// <summary>For commands that work on the SQLite file rather than through Core: opens the database just to record.</summary>
    public static async Task WriteAsync(string database, AuditAction action, string subject, string detail)
    {
        await using var services = CliDatabase.Services(Hub.Core.Data.DatabaseProvider.Sqlite, database);
        await WriteAsync(services, action, subject, detail);
    }
}
