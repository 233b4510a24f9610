using Hub.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Hub.Core.Tests;

/// <summary>
/// A database that the old code left with two conversations for one introduction and repeated impressions upgrades
/// cleanly: the oldest of each is kept and nothing that pointed at a removed row is lost.
/// </summary>
public sealed class MigrationCleanUpTests : IAsyncLifetime
{
    private const string BeforeIt = "20261126060002_ComputeMarketplace";

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"hub-migration-{Guid.NewGuid():N}.db");

    // Foreign keys off: the rows below stand for what the old code wrote, without the profiles and accounts around them.
    private HubDbContext Open()
    {
        var options = new DbContextOptionsBuilder<HubDbContext>();
        options.UseHubDatabase(DatabaseProvider.Sqlite, $"Data Source={_path};Foreign Keys=False");
        return new HubDbContext(options.Options);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
        return Task.CompletedTask;
    }

    [SqliteOnlyFact("it checks the data fixes in SQLite's migration history; PostgreSQL starts from one initial schema with no old data")]
    public async Task DuplicateConversationsAndSameDayImpressionsAreFoldedIntoTheOldest()
    {
        await using (var db = Open())
        {
            await db.GetService<IMigrator>().MigrateAsync(BeforeIt);
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Introductions" ("Id", "FromProfileId", "ToProfileId", "SenderUserId", "Note", "ExplanationJson", "Status", "CreatedAt", "ExpiresAt", "AnsweredAt", "ConversationId")
                VALUES (1, 10, 20, 'u1', 'A note long enough to pass.', '[]', 2, '2026-11-20 09:00:00', '2026-12-04 09:00:00', '2026-11-21 09:00:00', 8);
                INSERT INTO "Conversations" ("Id", "ProfileAId", "ProfileBId", "IntroductionId", "SharedContactsJson", "CreatedAt", "LastMessageAt") VALUES
                    (7, 10, 20, 1, '{{}}', '2026-11-21 09:00:00', '2026-11-21 09:00:00'),
                    (8, 10, 20, 1, '{{}}', '2026-11-21 09:00:00', '2026-11-21 09:05:00');
                INSERT INTO "Messages" ("Id", "ConversationId", "SenderProfileId", "SenderUserId", "Body", "SentAt") VALUES
                    (1, 7, 10, 'u1', 'Hello from the first', '2026-11-21 09:01:00'),
                    (2, 8, 20, 'u2', 'Hello from the second', '2026-11-21 09:05:00');
                INSERT INTO "ConversationReads" ("ConversationId", "UserId", "LastReadMessageId", "ReadAt") VALUES (8, 'u2', 2, '2026-11-21 09:05:00');
                INSERT INTO "InteractionSignals" ("Id", "SeekerProfileId", "CandidateProfileId", "Kind", "Source", "CreatedAt") VALUES
                    (1, 10, 30, 0, 'app', '2026-11-21 09:00:00.1234567'),
                    (2, 10, 30, 0, 'app', '2026-11-21 17:00:00'),
                    (3, 10, 30, 0, 'app', '2026-11-22 08:00:00'),
                    (4, 10, 30, 0, 'import:fair', '2026-11-21 10:00:00'),
                    (5, 10, 30, 2, 'app', '2026-11-21 11:00:00');
                """);
        }

        await using (var db = Open())
        {
            await db.Database.MigrateAsync();

            var conversation = Assert.Single(await db.Conversations.AsNoTracking().ToListAsync());
            Assert.Equal(7, conversation.Id);
            Assert.Equal([7L, 7L], await db.Messages.OrderBy(m => m.Id).Select(m => m.ConversationId).ToListAsync());
            Assert.Equal(7L, await db.Introductions.Select(i => i.ConversationId).SingleAsync());
            Assert.Empty(await db.ConversationReads.ToListAsync());
            var signals = await db.InteractionSignals.AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.Id, s.ImpressionDay }).ToListAsync();
            Assert.Equal([1L, 3L, 4L, 5L], signals.Select(s => s.Id));
            Assert.Equal([new DateOnly(2026, 11, 21), new DateOnly(2026, 11, 22), null, null], signals.Select(s => s.ImpressionDay));
        }
    }
}
