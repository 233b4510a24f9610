using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class IntroductionAtomicityAndImpressions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Profiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Introductions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ImpressionDay",
                table: "InteractionSignals",
                type: "TEXT",
                nullable: true);

            // Impressions recorded before this migration count for their day: keep the oldest of each viewer, candidate
            // and day, so the unique index can be built. (The SQL is plain enough for PostgreSQL but for the day itself.)
            var day = migrationBuilder.IsSqlite() ? "substr({0}.\"CreatedAt\", 1, 10)" : "CAST({0}.\"CreatedAt\" AS date)";
            migrationBuilder.Sql($"""
                DELETE FROM "InteractionSignals"
                WHERE "Kind" = 0 AND "Source" = 'app' AND EXISTS (
                    SELECT 1 FROM "InteractionSignals" AS older
                    WHERE older."Kind" = 0 AND older."Source" = 'app'
                      AND older."SeekerProfileId" = "InteractionSignals"."SeekerProfileId"
                      AND older."CandidateProfileId" = "InteractionSignals"."CandidateProfileId"
                      AND {string.Format(day, "older")} = {string.Format(day, "\"InteractionSignals\"")}
                      AND older."Id" < "InteractionSignals"."Id");
                """);
            migrationBuilder.Sql($"""
                UPDATE "InteractionSignals" SET "ImpressionDay" = {string.Format(day, "\"InteractionSignals\"")}
                WHERE "Kind" = 0 AND "Source" = 'app';
                """);

            migrationBuilder.CreateIndex(
                name: "IX_InteractionSignals_OneImpressionADay",
                table: "InteractionSignals",
                columns: new[] { "SeekerProfileId", "CandidateProfileId", "ImpressionDay" },
                unique: true,
                filter: "\"ImpressionDay\" IS NOT NULL");

            // Two accepts used to open two conversations for one introduction: keep the oldest, move the later one's
            // messages and what pointed at it there, then drop it so the unique index can be built.
            const string Duplicates = """
                SELECT later."Id" FROM "Conversations" AS later
                WHERE EXISTS (SELECT 1 FROM "Conversations" AS kept WHERE kept."IntroductionId" = later."IntroductionId" AND kept."Id" < later."Id")
                """;
            static string Oldest(string conversationId) => $"""
                (SELECT MIN(kept."Id") FROM "Conversations" AS kept
                 WHERE kept."IntroductionId" = (SELECT dup."IntroductionId" FROM "Conversations" AS dup WHERE dup."Id" = {conversationId}))
                """;
            migrationBuilder.Sql($"""UPDATE "Messages" SET "ConversationId" = {Oldest("\"Messages\".\"ConversationId\"")} WHERE "ConversationId" IN ({Duplicates});""");
            migrationBuilder.Sql($"""DELETE FROM "ConversationReads" WHERE "ConversationId" IN ({Duplicates});""");
            migrationBuilder.Sql($"""UPDATE "Notifications" SET "TargetId" = {Oldest("\"Notifications\".\"TargetId\"")} WHERE "TargetKind" = 2 AND "TargetId" IN ({Duplicates});""");
            migrationBuilder.Sql($"""UPDATE "Introductions" SET "ConversationId" = {Oldest("\"Introductions\".\"ConversationId\"")} WHERE "ConversationId" IN ({Duplicates});""");
            migrationBuilder.Sql($"""DELETE FROM "Conversations" WHERE "Id" IN ({Duplicates});""");

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_IntroductionId",
                table: "Conversations",
                column: "IntroductionId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InteractionSignals_OneImpressionADay",
                table: "InteractionSignals");

            migrationBuilder.DropIndex(
                name: "IX_Conversations_IntroductionId",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Profiles");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Introductions");

            migrationBuilder.DropColumn(
                name: "ImpressionDay",
                table: "InteractionSignals");
        }
    }
}
