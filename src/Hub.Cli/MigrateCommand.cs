using Hub.Core;
using Hub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Cli;

/// <summary>
/// Brings the database to the current schema (and Hub's roles and capacity ledger), as every instance also does when
/// it starts: a deployment runs this once before starting several instances, so none of them waits on a migration.
/// </summary>
public static class MigrateCommand
{
    public const string Usage = "migrate [--database FILE]   (PostgreSQL: set Database__Provider=Postgres and ConnectionStrings__Hub)";

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors) => RunAsync(args, output, errors, CliDatabase.Provider);

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, DatabaseProvider provider)
    {
        var database = CliDatabase.Default;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--database" && i + 1 < args.Length && provider == DatabaseProvider.Sqlite)
            {
                database = args[++i];
            }
            else
            {
                await errors.WriteLineAsync(args[i] == "--database" && provider == DatabaseProvider.Postgres
                    ? "--database names a SQLite file; on PostgreSQL the database is ConnectionStrings__Hub."
                    : $"Unknown option {args[i]}. Usage: hub {Usage}");
                return 2;
            }
        }

        await using var services = CliDatabase.Services(provider, database);
        IReadOnlyList<string> pending;
        await using (var scope = services.CreateAsyncScope())
        {
            pending = [.. await scope.ServiceProvider.GetRequiredService<HubDbContext>().Database.GetPendingMigrationsAsync()];
        }

        await services.InitialiseHubDatabaseAsync(seedFolder: null);
        await output.WriteLineAsync(pending.Count == 0
            ? "The database was already up to date."
            : $"Applied {pending.Count} migration(s): {string.Join(", ", pending)}.");
        return 0;
    }
}
