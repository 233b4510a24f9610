using Hub.Cli;
using Hub.Core.Accounts;
using Microsoft.Data.Sqlite;

namespace Hub.Core.Tests.Operations;

/// <summary>The operator's verbs: the first admin of an empty hub, and online backup and restore of its database.</summary>
public sealed class OperatorCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hub-cli-").FullName;

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

    private static List<object?[]> Rows(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            reader.GetValues(row!);
            rows.Add(row);
        }

        return rows;
    }

    [SqliteOnlyFact("the command line is tested on a --database file; on PostgreSQL it only differs by the provider, tested by MigrationSetTests")]
    public async Task CreateAdminOnAnEmptyHubMakesOneAdminWithAGeneratedPasswordShownOnce()
    {
        var (code, output, errors) = await RunAsync((o, e) => CreateAdminCommand.RunAsync(["--email", "ops@example.org", "--database", Database], o, e));

        Assert.Equal(0, code);
        Assert.Equal("", errors);
        var password = output.Trim().Split(": ")[^1];
        Assert.Equal(20, password.Length);
        var users = Rows(Database, "SELECT u.Email, r.Name FROM AspNetUsers u JOIN AspNetUserRoles ur ON ur.UserId = u.Id JOIN AspNetRoles r ON r.Id = ur.RoleId");
        Assert.Equal(["ops@example.org", HubRoles.Admin], Assert.Single(users).Select(v => (string)v!));
        // The password printed is the one stored: Identity's hasher accepts it.
        var hash = (string)Rows(Database, "SELECT PasswordHash FROM AspNetUsers")[0][0]!;
        var verified = new Microsoft.AspNetCore.Identity.PasswordHasher<HubUser>().VerifyHashedPassword(new HubUser(), hash, password);
        Assert.Equal(Microsoft.AspNetCore.Identity.PasswordVerificationResult.Success, verified);
    }

    [SqliteOnlyFact("the command line is tested on a --database file; on PostgreSQL it only differs by the provider, tested by MigrationSetTests")]
    public async Task CreateAdminRefusesABadAddressOrAWeakPasswordAndCreatesNothing()
    {
        var bad = await RunAsync((o, e) => CreateAdminCommand.RunAsync(["--email", "not-an-address", "--database", Database], o, e));
        var weak = await RunAsync((o, e) => CreateAdminCommand.RunAsync(["--email", "ops@example.org", "--password", "short", "--database", Database], o, e));

        Assert.Equal((2, "Give the admin's e-mail address with --email."), (bad.Code, bad.Errors.Trim()));
        Assert.Equal(1, weak.Code);
        Assert.Contains("at least 10 characters", weak.Errors, StringComparison.Ordinal);
        Assert.Empty(Rows(Database, "SELECT Id FROM AspNetUsers"));
    }

    [SqliteOnlyFact("the command line is tested on a --database file; on PostgreSQL it only differs by the provider, tested by MigrationSetTests")]
    public async Task CreateAdminPromotesAnExistingAccountWithoutTouchingItsPassword()
    {
        Assert.Equal(0, (await RunAsync((o, e) => CreateAdminCommand.RunAsync(["--email", "ops@example.org", "--password", "Chosen-Passw0rd", "--database", Database], o, e))).Code);
        var hash = Rows(Database, "SELECT PasswordHash FROM AspNetUsers")[0][0];

        var again = await RunAsync((o, e) => CreateAdminCommand.RunAsync(["--email", "ops@example.org", "--database", Database], o, e));

        Assert.Equal((0, "ops@example.org is already an admin; nothing changed."), (again.Code, again.Output.Trim()));
        Assert.Equal(hash, Rows(Database, "SELECT PasswordHash FROM AspNetUsers")[0][0]);
    }

    [SqliteOnlyFact("backup and restore copy a SQLite file (on PostgreSQL they refuse: MigrateCommandTests)")]
    public async Task EveryOperatorCommandThatChangesAccessOrTheDatabaseLeavesAnAuditEntry()
    {
        Assert.Equal(0, (await RunAsync((o, e) => CreateAdminCommand.RunAsync(["--email", "ops@example.org", "--password", "Chosen-Passw0rd", "--database", Database], o, e))).Code);
        using (var demote = new SqliteConnection($"Data Source={Database};Pooling=False"))
        {
            demote.Open();
            using var command = demote.CreateCommand();
            command.CommandText = "DELETE FROM AspNetUserRoles";
            command.ExecuteNonQuery();
        }

        Assert.Equal(0, (await RunAsync((o, e) => CreateAdminCommand.RunAsync(["--email", "ops@example.org", "--database", Database], o, e))).Code);
        var backup = Path.Combine(_folder, "audited-backup.db");
        Assert.Equal(0, (await RunAsync((o, e) => BackupCommand.BackupAsync(["--output", backup, "--database", Database], o, e))).Code);

        Assert.Equal(["AdminCreated|Hub command line", "RoleGranted|Hub command line", "DatabaseBackedUp|Hub command line"],
            Rows(Database, "SELECT Action, ActorName FROM AuditEntries ORDER BY Id").Select(r => $"{r[0]}|{r[1]}"));
        Assert.Equal(["AdminCreated", "RoleGranted"], Rows(backup, "SELECT Action FROM AuditEntries ORDER BY Id").Select(r => (string)r[0]!));

        Assert.Equal(0, (await RunAsync((o, e) => BackupCommand.RestoreAsync(["--input", backup, "--database", Database], o, e))).Code);

        Assert.Equal(["AdminCreated", "RoleGranted", "DatabaseRestored"], Rows(Database, "SELECT Action FROM AuditEntries ORDER BY Id").Select(r => (string)r[0]!));
    }

    [SqliteOnlyFact("backup and restore copy a SQLite file (on PostgreSQL they refuse: MigrateCommandTests)")]
    public async Task ABackupTakenWhileHubWritesRestoresEveryRowItHeldAndKeepsTheDatabaseItReplaces()
    {
        Assert.Equal(0, (await RunAsync((o, e) => CreateAdminCommand.RunAsync(["--email", "first@example.org", "--password", "Chosen-Passw0rd", "--database", Database], o, e))).Code);
        var backup = Path.Combine(_folder, "hub-backup.db");
        // A writer holds the database open in WAL mode, as the running app does.
        using (var writer = new SqliteConnection($"Data Source={Database};Pooling=False"))
        {
            writer.Open();
            using (var wal = writer.CreateCommand())
            {
                wal.CommandText = "PRAGMA journal_mode=WAL; UPDATE AspNetUsers SET DisplayName = 'Before backup';";
                wal.ExecuteNonQuery();
            }

            var backedUp = await RunAsync((o, e) => BackupCommand.BackupAsync(["--output", backup, "--database", Database], o, e));
            Assert.Equal(0, backedUp.Code);
        }

        Assert.Equal(0, (await RunAsync((o, e) => CreateAdminCommand.RunAsync(["--email", "second@example.org", "--password", "Chosen-Passw0rd", "--database", Database], o, e))).Code);

        var restored = await RunAsync((o, e) => BackupCommand.RestoreAsync(["--input", backup, "--database", Database], o, e));

        Assert.Equal(0, restored.Code);
        Assert.Equal(["first@example.org|Before backup"], Rows(Database, "SELECT Email, DisplayName FROM AspNetUsers").Select(r => $"{r[0]}|{r[1]}"));
        var kept = Directory.GetFiles(Path.GetDirectoryName(Database)!, "hub.db.before-restore-*.db").Single();
        Assert.Equal(2, Rows(kept, "SELECT Email FROM AspNetUsers").Count);
        Assert.Contains(Path.GetFileName(kept), restored.Output, StringComparison.Ordinal);
    }

    [SqliteOnlyFact("backup and restore copy a SQLite file (on PostgreSQL they refuse: MigrateCommandTests)")]
    public async Task RestoringAFileThatIsNotAHubBackupChangesNothingAndABackupNeverOverwrites()
    {
        Assert.Equal(0, (await RunAsync((o, e) => CreateAdminCommand.RunAsync(["--email", "first@example.org", "--password", "Chosen-Passw0rd", "--database", Database], o, e))).Code);
        var notHub = Path.Combine(_folder, "other.db");
        await File.WriteAllTextAsync(notHub, "just text");

        var refused = await RunAsync((o, e) => BackupCommand.RestoreAsync(["--input", notHub, "--database", Database], o, e));
        var overwrite = await RunAsync((o, e) => BackupCommand.BackupAsync(["--output", notHub, "--database", Database], o, e));

        Assert.Equal(2, refused.Code);
        Assert.Contains("is not a Hub database backup; nothing was changed.", refused.Errors, StringComparison.Ordinal);
        Assert.Single(Rows(Database, "SELECT Email FROM AspNetUsers"));
        Assert.Equal(2, overwrite.Code);
        Assert.Equal("just text", await File.ReadAllTextAsync(notHub));
    }
}
