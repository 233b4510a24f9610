using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class JobHostAndNotificationTargets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "TargetForProfileId",
                table: "Notifications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "TargetId",
                table: "Notifications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TargetKind",
                table: "Notifications",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Stored notifications keep where they lead: the old web links become typed targets.
            migrationBuilder.Sql("""
                UPDATE Notifications SET TargetKind = 1, TargetId = CAST(substr(Link, 16) AS INTEGER) WHERE Link LIKE '/introductions/%';
                UPDATE Notifications SET TargetKind = 2, TargetId = CAST(substr(Link, 16) AS INTEGER) WHERE Link LIKE '/conversations/%';
                UPDATE Notifications SET TargetKind = 3,
                    TargetId = CAST(CASE WHEN instr(Link, '?') > 0 THEN substr(Link, 11, instr(Link, '?') - 11) ELSE substr(Link, 11) END AS INTEGER),
                    TargetForProfileId = CASE WHEN instr(Link, '?from=') > 0 THEN CAST(substr(Link, instr(Link, '?from=') + 6) AS INTEGER) END
                    WHERE Link LIKE '/profiles/%';
                """);

            migrationBuilder.DropColumn(
                name: "Link",
                table: "Notifications");

            migrationBuilder.CreateTable(
                name: "PeriodicJobs",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LeasedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LeasedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NextRunAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastStartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastFinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastSucceeded = table.Column<bool>(type: "INTEGER", nullable: true),
                    LastOutcome = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Watermark = table.Column<long>(type: "INTEGER", nullable: true),
                    ConsecutiveFailures = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeriodicJobs", x => x.Name);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PeriodicJobs");

            migrationBuilder.AddColumn<string>(
                name: "Link",
                table: "Notifications",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.Sql("""
                UPDATE Notifications SET Link = CASE TargetKind
                    WHEN 1 THEN '/introductions/' || TargetId
                    WHEN 2 THEN '/conversations/' || TargetId
                    WHEN 3 THEN '/profiles/' || TargetId || COALESCE('?from=' || TargetForProfileId, '')
                    ELSE '/introductions' END;
                """);

            migrationBuilder.DropColumn(
                name: "TargetForProfileId",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "TargetId",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "TargetKind",
                table: "Notifications");
        }
    }
}
