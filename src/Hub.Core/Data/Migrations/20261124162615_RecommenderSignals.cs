using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class RecommenderSignals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InteractionSignals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SeekerProfileId = table.Column<int>(type: "INTEGER", nullable: false),
                    CandidateProfileId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<int>(type: "INTEGER", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InteractionSignals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InteractionSignals_Profiles_CandidateProfileId",
                        column: x => x.CandidateProfileId,
                        principalTable: "Profiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InteractionSignals_Profiles_SeekerProfileId",
                        column: x => x.SeekerProfileId,
                        principalTable: "Profiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ModelVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TrainingPairs = table.Column<int>(type: "INTEGER", nullable: false),
                    HoldoutPairs = table.Column<int>(type: "INTEGER", nullable: false),
                    HoldoutNdcg10 = table.Column<double>(type: "REAL", nullable: false),
                    ContentNdcg10 = table.Column<double>(type: "REAL", nullable: false),
                    FeatureImportanceJson = table.Column<string>(type: "TEXT", nullable: false),
                    TrainingSeconds = table.Column<double>(type: "REAL", nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    LastSignalId = table.Column<long>(type: "INTEGER", nullable: false),
                    ScoreMean = table.Column<double>(type: "REAL", nullable: false),
                    ScoreSpread = table.Column<double>(type: "REAL", nullable: false),
                    Model = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModelVersions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InteractionSignals_CandidateProfileId_Kind",
                table: "InteractionSignals",
                columns: new[] { "CandidateProfileId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_InteractionSignals_CreatedAt",
                table: "InteractionSignals",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_InteractionSignals_SeekerProfileId_CandidateProfileId",
                table: "InteractionSignals",
                columns: new[] { "SeekerProfileId", "CandidateProfileId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InteractionSignals");

            migrationBuilder.DropTable(
                name: "ModelVersions");
        }
    }
}
