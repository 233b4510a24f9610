using Hub.Cli;
using Hub.Core.Data;
using Microsoft.Data.Sqlite;

namespace Hub.Core.Tests.Operations;

/// <summary>The deployment's first step (migrate), and the SQLite-only verbs on a hub that runs on PostgreSQL.</summary>
public sealed class MigrateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hub-cli-migrate-").FullName;

    private string Database => Path.Combine(_folder, "data", "hub.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static async Task<(int Code, string Output, string Errors)> RunAsync(Func<TextWriter, TextWriter, Task<int>> command)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await command(output, errors);
        return (code, output.ToString(), errors.ToString());
    }

    [SqliteOnlyFact("it migrates a --database file; on PostgreSQL the same initialisation is PostgresStartTests'")]
    public async Task MigrateAppliesEveryMigrationOnceAndThenSaysTheDatabaseIsUpToDate()
    {
        var first = await RunAsync((o, e) => MigrateCommand.RunAsync(["--database", Database], o, e, DatabaseProvider.Sqlite));
        var second = await RunAsync((o, e) => MigrateCommand.RunAsync(["--database", Database], o, e, DatabaseProvider.Sqlite));

        Assert.Equal((0, ""), (first.Code, first.Errors));
        Assert.Contains("_InitialSchema", first.Output, StringComparison.Ordinal);
        Assert.Contains("_TrustAndPrivacy", first.Output, StringComparison.Ordinal);
        Assert.Equal((0, "The database was already up to date."), (second.Code, second.Output.Trim()));
    }

    [SqliteOnlyFact("it checks that no --database file is created")]
    public async Task MigrateRefusesAnUnknownOptionAndTouchesNothing()
    {
        var (code, _, errors) = await RunAsync((o, e) => MigrateCommand.RunAsync(["--datbase", Database], o, e, DatabaseProvider.Sqlite));

        Assert.Equal(2, code);
        Assert.Contains("Unknown option --datbase", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(Database));
    }

    [Fact]
    public async Task BackupAndRestoreOnPostgresPointToPgDumpAndFail()
    {
        var backup = await RunAsync((o, e) => BackupCommand.BackupAsync(["--output", Path.Combine(_folder, "b.db")], o, e, DatabaseProvider.Postgres));
        var restore = await RunAsync((o, e) => BackupCommand.RestoreAsync(["--input", Path.Combine(_folder, "b.db")], o, e, DatabaseProvider.Postgres));

        foreach (var (code, output, errors) in new[] { backup, restore })
        {
            Assert.Equal(2, code);
            Assert.Equal("", output);
            Assert.Contains("pg_dump", errors, StringComparison.Ordinal);
            Assert.Contains("pg_restore", errors, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(Path.Combine(_folder, "b.db")));
    }
}
