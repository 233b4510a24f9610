using Hub.Core;
using Hub.Core.Data;
using Hub.Core.Profiles;
using Hub.Matching.Evaluation;
using Hub.Matching.Serving;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Matching.Tests;

/// <summary>The admin's import of past event data, on a real SQLite database with Hub's migrations.</summary>
public sealed class EventImportTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"hub-import-{Guid.NewGuid():N}.db");
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        var configuration = new ConfigurationBuilder().Build();
        services.AddHubCore(configuration, $"Data Source={_path}");
        services.AddHubMatching(configuration);
        _services = services.BuildServiceProvider();
        await _services.InitialiseHubDatabaseAsync(seedFolder: null);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData(200, 0)]
    [InlineData(33, 3)]
    public async Task AnExportWithAnyNumberOfColumnsIsEvaluatedAndItsVerdictsImported(int columns, int folds)
    {
        var export = SpeedMeetingWorld.Generate(new SpeedMeetingOptions { Events = 6, People = 120, Columns = columns });
        // Two participants who met are also on the hub, under their export ids as names.
        var met = export.Interactions[0];
        await using (var scope = _services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            db.Profiles.AddRange(
                new Profile { Kind = ProfileKind.Startup, Name = met.From, Headline = "Founder", Country = "LU" },
                new Profile { Kind = ProfileKind.Investor, Name = met.To, Headline = "Investor", Country = "LU" });
            await db.SaveChangesAsync();
        }

        var participants = new StringWriter();
        var interactions = new StringWriter();
        EventData.WriteParticipants(export, participants);
        EventData.WriteInteractions(export, interactions);
        ImportResult result;
        await using (var scope = _services.CreateAsyncScope())
        {
            result = await scope.ServiceProvider.GetRequiredService<EventImport>().ImportAsync("wide.csv",
                new StringReader(participants.ToString()), new StringReader(interactions.ToString()),
                new EvaluationOptions { Folds = folds, K = [5, 10] });
        }

        Assert.Null(result.Error);
        Assert.Equal(2, result.MatchedParticipants);
        Assert.True(result.SignalsAdded >= 2);
        var report = Assert.IsType<EvaluationReport>(result.Evaluation);
        Assert.Null(report.Note);
        Assert.Equal(Math.Max(1, folds), report.Folds!.Count);
        Assert.All(report.Methods, m => Assert.InRange(m.Ndcg[5], 0.0, 1.0));
    }
}
