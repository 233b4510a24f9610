using Hub.Core.Audit;
using Hub.Core.Profiles;
using Hub.Matching.Evaluation;
using Hub.Matching.Serving;
using Microsoft.EntityFrameworkCore;

namespace Hub.Matching.Tests;

/// <summary>The admin's import of past event data: capped in rows, and never adding the same file's signals twice.</summary>
public sealed class SignalImportLimitTests
{
    private static readonly EventExport Export = SpeedMeetingWorld.Generate(new SpeedMeetingOptions { Events = 2, People = 24, Columns = 4 });

    private static (string Participants, string Interactions) Files()
    {
        var participants = new StringWriter();
        var interactions = new StringWriter();
        EventData.WriteParticipants(Export, participants);
        EventData.WriteInteractions(Export, interactions);
        return (participants.ToString(), interactions.ToString());
    }

    /// <summary>Puts every participant who took part in the first few interactions on the hub, under their export id.</summary>
    private static async Task OnTheHubAsync(SignalStore store)
    {
        var names = Export.Interactions.Take(6).SelectMany(i => new[] { i.From, i.To }).Distinct().ToList();
        foreach (var name in names)
        {
            await store.QueryAsync(db =>
            {
                db.Profiles.Add(new Profile { Kind = ProfileKind.Startup, Name = name, Headline = name, Country = "LU" });
                return db.SaveChangesAsync();
            });
        }
    }

    private static Task<ImportResult> ImportAsync(SignalStore store, string name, (string Participants, string Interactions) files) =>
        store.RunAsync<EventImport, ImportResult>(i => i.ImportAsync(name, new StringReader(files.Participants), new StringReader(files.Interactions),
            new EvaluationOptions { K = [5, 10] }));

    [Fact]
    public async Task TheSameFilesImportedTwiceAddTheirSignalsOnceEvenUnderAnotherName()
    {
        await using var store = await SignalStore.CreateAsync();
        await OnTheHubAsync(store);
        var files = Files();

        var first = await ImportAsync(store, "spring.csv", files);
        Assert.Null(first.Error);
        Assert.True(first.SignalsAdded > 0);
        var stored = await store.QueryAsync(db => db.InteractionSignals.CountAsync());
        Assert.Equal(first.SignalsAdded, stored);

        // The same content with Windows line endings and another name is the same file.
        var second = await ImportAsync(store, "spring (copy).csv", (files.Participants.Replace("\n", "\r\n", StringComparison.Ordinal), files.Interactions.Replace("\n", "\r\n", StringComparison.Ordinal)));

        Assert.Null(second.Error);
        Assert.Equal(0, second.SignalsAdded);
        Assert.Equal($"These files were already imported on 26 November 2026: their {first.SignalsAdded} signals are in Hub, so none were added again.", second.Note);
        Assert.Equal(stored, await store.QueryAsync(db => db.InteractionSignals.CountAsync()));
        Assert.Equal(1, await store.QueryAsync(db => db.SignalImports.CountAsync()));
        Assert.Equal(1, await store.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.SignalsImported)));
    }

    [Fact]
    public async Task AFileWithMoreRowsThanTheCapIsRefusedWholeAndNothingIsStored()
    {
        var files = Files();
        var rows = files.Interactions.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1;
        await using var store = await SignalStore.CreateAsync(new Dictionary<string, string?> { ["Hub:Recommender:MaxImportRows"] = (rows - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        await OnTheHubAsync(store);

        var refused = await ImportAsync(store, "big.csv", files);

        Assert.Equal($"The interactions file has more than {rows - 1:N0} rows, the most Hub imports at once. Split it into smaller files; nothing was imported.", refused.Error);
        Assert.Equal(0, await store.QueryAsync(db => db.InteractionSignals.CountAsync()));
        Assert.Equal(0, await store.QueryAsync(db => db.SignalImports.CountAsync()));
    }

    [Fact]
    public async Task AFileAtTheCapIsImported()
    {
        var files = Files();
        var rows = files.Interactions.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1;
        await using var store = await SignalStore.CreateAsync(new Dictionary<string, string?> { ["Hub:Recommender:MaxImportRows"] = rows.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        await OnTheHubAsync(store);

        var imported = await ImportAsync(store, "exact.csv", files);

        Assert.Null(imported.Error);
        Assert.True(imported.SignalsAdded > 0);
    }
}
