using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ComputeMarketplace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Offers used to hold one figure of GPU-hours; it becomes the hours of each month of the window.
            migrationBuilder.RenameColumn(
                name: "GpuHoursAvailable",
                table: "ComputeOffers",
                newName: "GpuHoursPerMonth");

            migrationBuilder.AddColumn<int>(
                name: "Status",
                table: "ComputeOffers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "AcceptedRiskClasses",
                table: "ComputeOffers",
                type: "TEXT",
                nullable: false,
                defaultValue: "[1,2,3]");

            migrationBuilder.AddColumn<int>(
                name: "AccessMode",
                table: "ComputeOffers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 3);

            // A free access call stays a call (its provider adds cut-off dates); everything else was sold by the hour.
            migrationBuilder.Sql("UPDATE \"ComputeOffers\" SET \"AccessMode\" = CASE WHEN \"FreeAccessCall\" THEN 1 ELSE 3 END;");

            migrationBuilder.DropColumn(
                name: "FreeAccessCall",
                table: "ComputeOffers");

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAt",
                table: "ComputeOffers",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "CutOffs",
                table: "ComputeOffers",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<int>(
                name: "MaxHoursPerMonth",
                table: "ComputeOffers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MaxJobGpus",
                table: "ComputeOffers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MaxJobHours",
                table: "ComputeOffers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Questions",
                table: "ComputeOffers",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAt",
                table: "ComputeOffers",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.CreateTable(
                name: "ComputeNeeds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProfileId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    GpuHours = table.Column<int>(type: "INTEGER", nullable: false),
                    MinMemoryGb = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstMonth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastMonth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Workload = table.Column<int>(type: "INTEGER", nullable: false),
                    Sensitivity = table.Column<int>(type: "INTEGER", nullable: false),
                    Residency = table.Column<int>(type: "INTEGER", nullable: false),
                    BudgetEur = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    SoftwareStack = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComputeNeeds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComputeNeeds_Profiles_ProfileId",
                        column: x => x.ProfileId,
                        principalTable: "Profiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ComputeOfferMonths",
                columns: table => new
                {
                    OfferId = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CapacityHours = table.Column<int>(type: "INTEGER", nullable: false),
                    AllocatedHours = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComputeOfferMonths", x => new { x.OfferId, x.Month });
                    table.CheckConstraint("CK_ComputeOfferMonths_NotOverbooked", "\"AllocatedHours\" >= 0 AND \"AllocatedHours\" <= \"CapacityHours\"");
                    table.ForeignKey(
                        name: "FK_ComputeOfferMonths_ComputeOffers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "ComputeOffers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ComputeApplications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OfferId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProfileId = table.Column<int>(type: "INTEGER", nullable: false),
                    NeedId = table.Column<int>(type: "INTEGER", nullable: true),
                    SubmittedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Objective = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DataDescription = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    TeamExperience = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    HoursPerMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstMonth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastMonth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LongestJobHours = table.Column<int>(type: "INTEGER", nullable: true),
                    Answers = table.Column<string>(type: "TEXT", nullable: false),
                    RiskFactors = table.Column<int>(type: "INTEGER", nullable: false),
                    RiskClass = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ApprovedHoursPerMonth = table.Column<int>(type: "INTEGER", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecidedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CutOff = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    WithdrawnAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComputeApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComputeApplications_ComputeNeeds_NeedId",
                        column: x => x.NeedId,
                        principalTable: "ComputeNeeds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ComputeApplications_ComputeOffers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "ComputeOffers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ComputeApplications_Profiles_ProfileId",
                        column: x => x.ProfileId,
                        principalTable: "Profiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ComputeAllocations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<long>(type: "INTEGER", nullable: false),
                    OfferId = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ApprovedHours = table.Column<int>(type: "INTEGER", nullable: false),
                    UsedHours = table.Column<int>(type: "INTEGER", nullable: false),
                    ReleasedHours = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComputeAllocations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComputeAllocations_ComputeApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "ComputeApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ComputeAllocations_ComputeOffers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "ComputeOffers",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ComputeReviews",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<long>(type: "INTEGER", nullable: false),
                    ReviewerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComputeReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComputeReviews_ComputeApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "ComputeApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ComputeOffers_Status_CreatedAt",
                table: "ComputeOffers",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ComputeAllocations_ApplicationId_Month",
                table: "ComputeAllocations",
                columns: new[] { "ApplicationId", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ComputeAllocations_OfferId_Month",
                table: "ComputeAllocations",
                columns: new[] { "OfferId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_ComputeApplications_NeedId",
                table: "ComputeApplications",
                column: "NeedId");

            migrationBuilder.CreateIndex(
                name: "IX_ComputeApplications_OfferId_Status",
                table: "ComputeApplications",
                columns: new[] { "OfferId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ComputeApplications_ProfileId",
                table: "ComputeApplications",
                column: "ProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_ComputeNeeds_ProfileId_Status",
                table: "ComputeNeeds",
                columns: new[] { "ProfileId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ComputeReviews_ApplicationId_ReviewerUserId",
                table: "ComputeReviews",
                columns: new[] { "ApplicationId", "ReviewerUserId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ComputeAllocations");

            migrationBuilder.DropTable(
                name: "ComputeOfferMonths");

            migrationBuilder.DropTable(
                name: "ComputeReviews");

            migrationBuilder.DropTable(
                name: "ComputeApplications");

            migrationBuilder.DropTable(
                name: "ComputeNeeds");

            migrationBuilder.DropIndex(
                name: "IX_ComputeOffers_Status_CreatedAt",
                table: "ComputeOffers");

            migrationBuilder.DropColumn(
                name: "AcceptedRiskClasses",
                table: "ComputeOffers");

            migrationBuilder.AddColumn<bool>(
                name: "FreeAccessCall",
                table: "ComputeOffers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.Sql("UPDATE \"ComputeOffers\" SET \"FreeAccessCall\" = CASE WHEN \"AccessMode\" = 3 THEN 0 ELSE 1 END;");

            migrationBuilder.DropColumn(
                name: "AccessMode",
                table: "ComputeOffers");

            migrationBuilder.DropColumn(
                name: "CreatedAt",
                table: "ComputeOffers");

            migrationBuilder.DropColumn(
                name: "CutOffs",
                table: "ComputeOffers");

            migrationBuilder.DropColumn(
                name: "MaxHoursPerMonth",
                table: "ComputeOffers");

            migrationBuilder.DropColumn(
                name: "MaxJobGpus",
                table: "ComputeOffers");

            migrationBuilder.DropColumn(
                name: "MaxJobHours",
                table: "ComputeOffers");

            migrationBuilder.DropColumn(
                name: "Questions",
                table: "ComputeOffers");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "ComputeOffers");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "ComputeOffers");

            migrationBuilder.RenameColumn(
                name: "GpuHoursPerMonth",
                table: "ComputeOffers",
                newName: "GpuHoursAvailable");
        }
    }
}
