using Hub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Tests.Database;

/// <summary>
/// Every model change needs a migration in both sets (docs/architecture.md has the two commands). Neither check
/// connects to a database: EF compares the model with each set's snapshot.
/// </summary>
public sealed class MigrationSetTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=model-check.db")]
    [InlineData(DatabaseProvider.Postgres, "Host=localhost;Database=model_check")]
    public void TheModelHasNoChangesWithoutAMigration(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<HubDbContext>();
        options.UseHubDatabase(provider, connectionString);
        using var db = new HubDbContext(options.Options);

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changes that the {provider} migrations do not have; add a migration to both sets (see docs/architecture.md).");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void EachProviderReadsItsOwnMigrationSet()
    {
        string[] Migrations(DatabaseProvider provider, string connectionString)
        {
            var options = new DbContextOptionsBuilder<HubDbContext>();
            options.UseHubDatabase(provider, connectionString);
            using var db = new HubDbContext(options.Options);
            return [.. db.Database.GetMigrations()];
        }

        var sqlite = Migrations(DatabaseProvider.Sqlite, "Data Source=model-check.db");
        var postgres = Migrations(DatabaseProvider.Postgres, "Host=localhost;Database=model_check");

        Assert.Contains(sqlite, m => m.EndsWith("_ProfileFullTextSearch", StringComparison.Ordinal));
        Assert.Contains(postgres, m => m.EndsWith("_InitialSchema", StringComparison.Ordinal));
        Assert.Empty(sqlite.Intersect(postgres));
    }

    [Theory]
    [InlineData(null, DatabaseProvider.Sqlite)]
    [InlineData("", DatabaseProvider.Sqlite)]
    [InlineData("sqlite", DatabaseProvider.Sqlite)]
    [InlineData("Postgres", DatabaseProvider.Postgres)]
    [InlineData(" postgres ", DatabaseProvider.Postgres)]
    public void TheProviderSettingNamesOneOfTwo(string? setting, DatabaseProvider expected) =>
        Assert.Equal(expected, HubDatabase.Parse(setting));

    [Theory]
    [InlineData("MySql")]
    [InlineData("7")]
    public void AnUnknownProviderStopsTheStartWithTheChoices(string setting)
    {
        var error = Assert.Throws<InvalidOperationException>(() => HubDatabase.Parse(setting));
        Assert.Contains("use Sqlite or Postgres", error.Message, StringComparison.Ordinal);
    }
}
