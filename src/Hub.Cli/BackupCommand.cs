using Hub.Core;
using Hub.Core.Audit;
using Hub.Core.Data;
using Microsoft.Data.Sqlite;

namespace Hub.Cli;

/// <summary>
/// Online backup and restore of the SQLite database through SQLite's backup API: a backup is a consistent copy even
/// while Hub keeps writing; a restore first keeps the current database beside it, so nothing is lost by a wrong file.
/// </summary>
public static class BackupCommand
{
    public const string BackupUsage = "backup --output FILE [--database FILE]";
    public const string RestoreUsage = "restore --input FILE [--database FILE]   (stop Hub first)";

    /// <summary>What backup and restore say on a hub that runs on PostgreSQL, where the server's own tools do the job.</summary>
    public const string PostgresMessage =
        "This hub runs on PostgreSQL (Database__Provider=Postgres); backup and restore copy a SQLite file. " +
        "Use PostgreSQL's tools: pg_dump --format=custom --file=hub.dump DATABASE to back up, pg_restore --clean --dbname=DATABASE hub.dump to restore (stop Hub first).";

    public static Task<int> BackupAsync(string[] args, TextWriter output, TextWriter errors) => BackupAsync(args, output, errors, CliDatabase.Provider);

    public static async Task<int> BackupAsync(string[] args, TextWriter output, TextWriter errors, DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            await errors.WriteLineAsync(PostgresMessage);
            return 2;
        }

        if (!TryParse(args, "--output", out var target, out var database, errors))
        {
            return 2;
        }

        if (!File.Exists(database))
        {
            await errors.WriteLineAsync($"There is no database at {Path.GetFullPath(database)}.");
            return 2;
        }

        if (File.Exists(target))
        {
            await errors.WriteLineAsync($"{Path.GetFullPath(target)} already exists; choose a new file so no backup is overwritten.");
            return 2;
        }

        await using (var source = Open(database, SqliteOpenMode.ReadOnly))
        await using (var copy = Open(target, SqliteOpenMode.ReadWriteCreate))
        {
            source.BackupDatabase(copy);
        }

        SqliteConnection.ClearAllPools();
        // Recorded in the live database once the copy is made (so the copy does not hold its own entry).
        await CliAudit.WriteAsync(database, AuditAction.DatabaseBackedUp, Path.GetFileName(target), $"Online backup to {Path.GetFullPath(target)}.");
        SqliteConnection.ClearAllPools();
        await output.WriteLineAsync($"Backed up {Path.GetFullPath(database)} to {Path.GetFullPath(target)} ({new FileInfo(target).Length / 1024:N0} KB).");
        return 0;
    }

    public static Task<int> RestoreAsync(string[] args, TextWriter output, TextWriter errors) => RestoreAsync(args, output, errors, CliDatabase.Provider);

    public static async Task<int> RestoreAsync(string[] args, TextWriter output, TextWriter errors, DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            await errors.WriteLineAsync(PostgresMessage);
            return 2;
        }

        if (!TryParse(args, "--input", out var backup, out var database, errors))
        {
            return 2;
        }

        if (!File.Exists(backup) || !await IsHubDatabaseAsync(backup))
        {
            await errors.WriteLineAsync($"{Path.GetFullPath(backup)} is not a Hub database backup; nothing was changed.");
            return 2;
        }

        string? kept = null;
        if (File.Exists(database))
        {
            kept = $"{database}.before-restore-{DateTime.UtcNow:yyyyMMdd-HHmmss}.db";
            await using var current = Open(database, SqliteOpenMode.ReadOnly);
            await using var copy = Open(kept, SqliteOpenMode.ReadWriteCreate);
            current.BackupDatabase(copy);
        }

        await using (var source = Open(backup, SqliteOpenMode.ReadOnly))
        await using (var target = Open(database, SqliteOpenMode.ReadWriteCreate))
        {
            source.BackupDatabase(target);
        }

        SqliteConnection.ClearAllPools();
        // Recorded in the restored database, brought to the current schema first as Hub would at its next start.
        await using (var services = CliDatabase.Services(DatabaseProvider.Sqlite, database))
        {
            await services.InitialiseHubDatabaseAsync(seedFolder: null);
            await CliAudit.WriteAsync(services, AuditAction.DatabaseRestored, Path.GetFileName(backup),
                $"Restored from {Path.GetFullPath(backup)}" + (kept is null ? "." : $"; the replaced database is kept at {Path.GetFullPath(kept)}."));
        }

        SqliteConnection.ClearAllPools();
        await output.WriteLineAsync($"Restored {Path.GetFullPath(database)} from {Path.GetFullPath(backup)}."
            + (kept is null ? "" : $" The database it replaced is kept at {Path.GetFullPath(kept)}."));
        return 0;
    }

    private static SqliteConnection Open(string file, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(file), Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>A Hub database has EF Core's migration history and Hub's accounts table.</summary>
    private static async Task<bool> IsHubDatabaseAsync(string file)
    {
        try
        {
            await using var connection = Open(file, SqliteOpenMode.ReadOnly);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('__EFMigrationsHistory', 'AspNetUsers', 'Profiles')";
            return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) == 3;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    private static bool TryParse(string[] args, string fileOption, out string file, out string database, TextWriter errors)
    {
        file = "";
        database = CliDatabase.Default;
        for (var i = 0; i < args.Length; i++)
        {
            if (i + 1 >= args.Length)
            {
                errors.WriteLine($"{args[i]} needs a value.");
                return false;
            }

            if (args[i] == fileOption)
            {
                file = args[++i];
            }
            else if (args[i] == "--database")
            {
                database = args[++i];
            }
            else
            {
                errors.WriteLine($"Unknown option {args[i]}.");
                return false;
            }
        }

        if (file.Length == 0)
        {
            errors.WriteLine($"Give the file with {fileOption}.");
            return false;
        }

        return true;
    }
}
