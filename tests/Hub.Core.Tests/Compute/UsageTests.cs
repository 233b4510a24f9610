using Hub.Core.Compute;
using Microsoft.EntityFrameworkCore;
using static Hub.Core.Tests.Compute.ComputeKit;

namespace Hub.Core.Tests.Compute;

/// <summary>Recording usage by hand and from CSV, and exporting allocations.</summary>
public class UsageTests : IAsyncLifetime
{
    private TestDatabase _db = default!;
    private Person _provider = default!;
    private Person _sam = default!;
    private int _offer;
    private long _application;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(Worlds.Demo());
        _provider = await _db.PersonAsync("compute@hub.demo");
        _sam = await _db.PersonAsync("startup@hub.demo");
        _offer = await _db.CreateOfferAsync(_provider);
        _application = await _db.ApplyAsync(_sam, _offer, 400, December, February);
        Assert.True((await _db.ApproveAsync(_provider, _application, 400)).Succeeded);
        _db.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 20, 9, 0, 0, TimeSpan.Zero));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<Outcome<int>> ImportAsync(Person who, string csv) =>
        _db.RunAsync<ComputeUsage, Outcome<int>>(u => u.ImportAsync(who.UserId, _provider.ProfileId, csv));

    [Fact]
    public async Task AFileWithOneBadRowChangesNothingAndNamesEveryProblemByLine()
    {
        var csv = $"application_id,month,used_hours\n{_application},2026-12,350\n{_application},2027-02,10\n{_application},March,5\n999999,2027-01,1\n{_application},2027-01,500\n";

        var refused = await ImportAsync(_provider, csv);

        Assert.Equal(OutcomeStatus.Invalid, refused.Status);
        Assert.Equal(
        [
            "Line 3: February 2027 hasn't started; record usage once it has.",
            "Line 4: write the month as yyyy-mm (e.g. 2026-10), not \"March\".",
            "Line 5: application 999999 has no allocation of yours in January 2027.",
            "Line 6: 500 hours is more than the 400 allocated in January 2027.",
        ], refused.Errors["File"]);
        Assert.All(await _db.AllocationsAsync(_application), a => Assert.Equal(0, a.UsedHours));
    }

    [Fact]
    public async Task TheExportCanBeFilledInAndImportedBack()
    {
        var export = await _db.RunAsync<ComputeUsage, Outcome<string>>(u => u.ExportAsync(_provider.UserId, _provider.ProfileId));
        var lines = export.Value!.TrimEnd('\n').Split('\n');
        Assert.Equal("application_id,month,used_hours,offer,applicant,approved_hours,released_hours,lost_hours", lines[0]);
        // The demo seeds allocations of its own on this provider's offers; the export holds exactly all of them.
        var allocations = await _db.QueryAsync(c => c.ComputeAllocations.CountAsync(a => c.ComputeOffers.Any(o => o.Id == a.OfferId && o.ProviderId == _provider.ProfileId)));
        Assert.Equal(allocations + 1, lines.Length);
        var ours = lines.Where(l => l.StartsWith($"{_application},", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, ours.Count);
        Assert.StartsWith($"{_application},2026-12,0,H100 training capacity,", ours[0], StringComparison.Ordinal);

        var filled = string.Join('\n', ours.Take(2).Select(l => l.Replace($"{_application},2026-12,0,", $"{_application},2026-12,380,", StringComparison.Ordinal)
            .Replace($"{_application},2027-01,0,", $"{_application},2027-01,120,", StringComparison.Ordinal)).Prepend(lines[0]));
        var imported = await ImportAsync(_provider, filled);

        Assert.True(imported.Succeeded, imported.Message);
        Assert.Equal(2, imported.Value);
        Assert.Equal([380, 120, 0], (await _db.AllocationsAsync(_application)).Select(a => a.UsedHours));
        var again = await _db.RunAsync<ComputeUsage, Outcome<string>>(u => u.ExportAsync(_provider.UserId, _provider.ProfileId));
        Assert.EndsWith(",400,0,20", again.Value!.Split('\n').First(l => l.StartsWith($"{_application},2026-12,", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NobodyButTheProvidersMembersRecordsImportsOrExports()
    {
        var allocation = (await _db.AllocationsAsync(_application))[0];

        Assert.Equal(OutcomeStatus.NotFound, (await _db.RunAsync<ComputeUsage, Outcome>(u => u.RecordAsync(_sam.UserId, allocation.Id, 10))).Status);
        Assert.Equal(OutcomeStatus.NotFound, (await ImportAsync(_sam, $"application_id,month,used_hours\n{_application},2026-12,10\n")).Status);
        Assert.Equal(OutcomeStatus.NotFound, (await _db.RunAsync<ComputeUsage, Outcome<string>>(u => u.ExportAsync(_sam.UserId, _provider.ProfileId))).Status);
        Assert.Equal(0, (await _db.AllocationsAsync(_application))[0].UsedHours);
    }

    [Fact]
    public async Task AFileWithoutTheNeededColumnsIsRefused()
    {
        var refused = await ImportAsync(_provider, "id;hours\n1;2\n");

        Assert.Equal("The file needs the columns application_id, month, used_hours; it lacks application_id, month, used_hours.", refused.Message);
    }
}
