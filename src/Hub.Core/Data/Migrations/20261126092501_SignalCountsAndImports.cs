using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class SignalCountsAndImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DailySignalCounts",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SeekerProfileId = table.Column<int>(type: "INTEGER", nullable: false),
                    CandidateProfileId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DailySignalCounts", x => new { x.Day, x.SeekerProfileId, x.CandidateProfileId, x.Kind });
                    table.ForeignKey(
                        name: "FK_DailySignalCounts_Profiles_CandidateProfileId",
                        column: x => x.CandidateProfileId,
                        principalTable: "Profiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DailySignalCounts_Profiles_SeekerProfileId",
                        column: x => x.SeekerProfileId,
                        principalTable: "Profiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SignalImports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ImportedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Signals = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignalImports", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DailySignalCounts_CandidateProfileId",
                table: "DailySignalCounts",
                column: "CandidateProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_DailySignalCounts_SeekerProfileId_CandidateProfileId",
                table: "DailySignalCounts",
                columns: new[] { "SeekerProfileId", "CandidateProfileId" });

            migrationBuilder.CreateIndex(
                name: "IX_SignalImports_Hash",
                table: "SignalImports",
                column: "Hash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DailySignalCounts");

            migrationBuilder.DropTable(
                name: "SignalImports");
        }
    }
}
