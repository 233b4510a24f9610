using System.Data.Common;
using Hub.Core.Audit;
using Hub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Tests;

/// <summary>The audit log records sensitive actions for admins to read, and nobody can change what it holds.</summary>
public class AuditLogTests : IAsyncLifetime
{
    private TestDatabase _db = default!;
    private Person _admin = default!;
    private Person _sam = default!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(Worlds.Demo());
        _admin = await _db.PersonAsync("admin@hub.demo");
        _sam = await _db.PersonAsync("startup@hub.demo");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<bool> WriteAsync(AuditAction action, string subject, string detail) =>
        _db.RunAsync<AuditLog, bool>(async log => { await log.WriteAsync(action, _sam.UserId, subject, detail); return true; });

    [Fact]
    public async Task AnAdminReadsEntriesNewestFirstWithWhoActed()
    {
        await WriteAsync(AuditAction.DataExported, $"account:{_sam.UserId}", "Downloaded their data.");
        _db.Clock.Advance(TimeSpan.FromMinutes(5));
        await WriteAsync(AuditAction.SignedOutEverywhere, $"account:{_sam.UserId}", "Signed out everywhere.");

        var page = await _db.RunAsync<AuditLog, Core.Outcome<AuditPage>>(l => l.ReadAsync(_admin.UserId, new AuditQuery()));

        Assert.True(page.Succeeded);
        Assert.Equal([AuditAction.SignedOutEverywhere, AuditAction.DataExported], page.Value!.Entries.Select(e => e.Action));
        Assert.Contains("startup@hub.demo", page.Value.Entries[0].ActorName);
        Assert.Equal(_db.Clock.GetUtcNow().UtcDateTime, page.Value.Entries[0].At);
    }

    [Fact]
    public async Task FiltersByActionAndText()
    {
        await WriteAsync(AuditAction.DataExported, "account:a", "Downloaded their data.");
        await WriteAsync(AuditAction.MemberRemoved, "profile:7", "Removed Ada from Helix.");

        var byAction = await _db.RunAsync<AuditLog, Core.Outcome<AuditPage>>(l => l.ReadAsync(_admin.UserId, new AuditQuery(AuditAction.MemberRemoved)));
        var byText = await _db.RunAsync<AuditLog, Core.Outcome<AuditPage>>(l => l.ReadAsync(_admin.UserId, new AuditQuery(Text: "Downloaded")));

        Assert.Equal("profile:7", Assert.Single(byAction.Value!.Entries).Subject);
        Assert.Equal(AuditAction.DataExported, Assert.Single(byText.Value!.Entries).Action);
    }

    [Fact]
    public async Task AMemberWhoIsNotAnAdminCannotReadTheLog()
    {
        await WriteAsync(AuditAction.DataExported, "account:a", "Downloaded their data.");

        var page = await _db.RunAsync<AuditLog, Core.Outcome<AuditPage>>(l => l.ReadAsync(_sam.UserId, new AuditQuery()));

        Assert.Equal(OutcomeStatus.Forbidden, page.Status);
        Assert.Null(page.Value);
    }

    [Fact]
    public async Task TheDatabaseRefusesToChangeOrDeleteAnEntry()
    {
        await WriteAsync(AuditAction.DataExported, "account:a", "Downloaded their data.");

        // SQLite's and PostgreSQL's triggers (SqliteException, PostgresException) alike.
        var update = await Assert.ThrowsAnyAsync<DbException>(() =>
            _db.QueryAsync(c => c.Database.ExecuteSqlRawAsync("""UPDATE "AuditEntries" SET "Detail" = 'nothing happened'""")));
        var delete = await Assert.ThrowsAnyAsync<DbException>(() =>
            _db.QueryAsync(c => c.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditEntries" """)));

        Assert.Contains("cannot be changed", update.Message);
        Assert.Contains("cannot be deleted", delete.Message);
        Assert.Equal("Downloaded their data.", await _db.QueryAsync(c => c.AuditEntries.Select(e => e.Detail).SingleAsync()));
    }

    [PostgresOnlyFact("SQLite has no TRUNCATE; its DELETE trigger covers emptying the table")]
    public async Task PostgresRefusesToTruncateTheLog()
    {
        await WriteAsync(AuditAction.DataExported, "account:a", "Downloaded their data.");

        var truncate = await Assert.ThrowsAnyAsync<DbException>(() =>
            _db.QueryAsync(c => c.Database.ExecuteSqlRawAsync("""TRUNCATE "AuditEntries" """)));

        Assert.Contains("cannot be deleted", truncate.Message);
        Assert.Equal(1, await _db.QueryAsync(c => c.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task HubItselfRefusesToSaveAnEditedEntry()
    {
        await WriteAsync(AuditAction.DataExported, "account:a", "Downloaded their data.");

        await Assert.ThrowsAsync<InvalidOperationException>(() => _db.QueryAsync(async (HubDbContext c) =>
        {
            var entry = await c.AuditEntries.SingleAsync();
            entry.Detail = "nothing happened";
            return await c.SaveChangesAsync();
        }));
    }
}
