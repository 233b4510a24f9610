using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class MatchmakingEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Events",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Venue = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OnlineLinkTemplate = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TimeZoneId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MeetingMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    BreakMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    TableNames = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    AllowedKinds = table.Column<string>(type: "TEXT", nullable: false),
                    RegistrationOpensAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RegistrationClosesAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ApprovalRequired = table.Column<bool>(type: "INTEGER", nullable: false),
                    MaxMeetingsPerParticipant = table.Column<int>(type: "INTEGER", nullable: false),
                    BreakAfterConsecutive = table.Column<int>(type: "INTEGER", nullable: false),
                    FairnessMinimum = table.Column<int>(type: "INTEGER", nullable: false),
                    IsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SchedulePublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DraftObjective = table.Column<double>(type: "REAL", nullable: true),
                    DraftUpperBound = table.Column<double>(type: "REAL", nullable: true),
                    DraftUnplacedJson = table.Column<string>(type: "TEXT", nullable: false),
                    DraftGeneratedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ScreenToken = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EventOrganisers",
                columns: table => new
                {
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventOrganisers", x => new { x.EventId, x.UserId });
                    table.ForeignKey(
                        name: "FK_EventOrganisers_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EventOrganisers_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventRegistrations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProfileId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegisteredByUserId = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Goal = table.Column<string>(type: "TEXT", maxLength: 280, nullable: false),
                    UnavailableSlots = table.Column<string>(type: "TEXT", nullable: false),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CheckedInAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CheckInCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CalendarToken = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventRegistrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventRegistrations_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EventRegistrations_Profiles_ProfileId",
                        column: x => x.ProfileId,
                        principalTable: "Profiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventSessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventSessions_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventSlots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    Index = table.Column<int>(type: "INTEGER", nullable: false),
                    Session = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventSlots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventSlots_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventMeetings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    ARegistrationId = table.Column<int>(type: "INTEGER", nullable: false),
                    BRegistrationId = table.Column<int>(type: "INTEGER", nullable: false),
                    SlotIndex = table.Column<int>(type: "INTEGER", nullable: true),
                    Table = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedSlotIndex = table.Column<int>(type: "INTEGER", nullable: true),
                    PublishedTable = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    Locked = table.Column<bool>(type: "INTEGER", nullable: false),
                    Weight = table.Column<double>(type: "REAL", nullable: false),
                    Uid = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NoShowRegistrationId = table.Column<int>(type: "INTEGER", nullable: true),
                    RemindedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventMeetings_EventRegistrations_ARegistrationId",
                        column: x => x.ARegistrationId,
                        principalTable: "EventRegistrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EventMeetings_EventRegistrations_BRegistrationId",
                        column: x => x.BRegistrationId,
                        principalTable: "EventRegistrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventPreferences",
                columns: table => new
                {
                    FromRegistrationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ToRegistrationId = table.Column<int>(type: "INTEGER", nullable: false),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    Preference = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventPreferences", x => new { x.FromRegistrationId, x.ToRegistrationId });
                    table.ForeignKey(
                        name: "FK_EventPreferences_EventRegistrations_FromRegistrationId",
                        column: x => x.FromRegistrationId,
                        principalTable: "EventRegistrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EventPreferences_EventRegistrations_ToRegistrationId",
                        column: x => x.ToRegistrationId,
                        principalTable: "EventRegistrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromRegistrationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ToRegistrationId = table.Column<int>(type: "INTEGER", nullable: false),
                    SenderUserId = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingRequests_EventRegistrations_FromRegistrationId",
                        column: x => x.FromRegistrationId,
                        principalTable: "EventRegistrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingRequests_EventRegistrations_ToRegistrationId",
                        column: x => x.ToRegistrationId,
                        principalTable: "EventRegistrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingFeedback",
                columns: table => new
                {
                    MeetingId = table.Column<long>(type: "INTEGER", nullable: false),
                    RegistrationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Rating = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingFeedback", x => new { x.MeetingId, x.RegistrationId });
                    table.ForeignKey(
                        name: "FK_MeetingFeedback_EventMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "EventMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EventMeetings_ARegistrationId",
                table: "EventMeetings",
                column: "ARegistrationId");

            migrationBuilder.CreateIndex(
                name: "IX_EventMeetings_BRegistrationId",
                table: "EventMeetings",
                column: "BRegistrationId");

            migrationBuilder.CreateIndex(
                name: "IX_EventMeetings_EventId_ARegistrationId_BRegistrationId",
                table: "EventMeetings",
                columns: new[] { "EventId", "ARegistrationId", "BRegistrationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EventMeetings_EventId_Status",
                table: "EventMeetings",
                columns: new[] { "EventId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_EventOrganisers_UserId",
                table: "EventOrganisers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_EventPreferences_EventId",
                table: "EventPreferences",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_EventPreferences_ToRegistrationId",
                table: "EventPreferences",
                column: "ToRegistrationId");

            migrationBuilder.CreateIndex(
                name: "IX_EventRegistrations_CalendarToken",
                table: "EventRegistrations",
                column: "CalendarToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EventRegistrations_CheckInCode",
                table: "EventRegistrations",
                column: "CheckInCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EventRegistrations_EventId_ProfileId",
                table: "EventRegistrations",
                columns: new[] { "EventId", "ProfileId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EventRegistrations_ProfileId",
                table: "EventRegistrations",
                column: "ProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_Events_ScreenToken",
                table: "Events",
                column: "ScreenToken");

            migrationBuilder.CreateIndex(
                name: "IX_EventSessions_EventId",
                table: "EventSessions",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_EventSlots_EventId_Index",
                table: "EventSlots",
                columns: new[] { "EventId", "Index" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingRequests_EventId_Status",
                table: "MeetingRequests",
                columns: new[] { "EventId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingRequests_FromRegistrationId",
                table: "MeetingRequests",
                column: "FromRegistrationId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingRequests_Status_ExpiresAt",
                table: "MeetingRequests",
                columns: new[] { "Status", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingRequests_ToRegistrationId",
                table: "MeetingRequests",
                column: "ToRegistrationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EventOrganisers");

            migrationBuilder.DropTable(
                name: "EventPreferences");

            migrationBuilder.DropTable(
                name: "EventSessions");

            migrationBuilder.DropTable(
                name: "EventSlots");

            migrationBuilder.DropTable(
                name: "MeetingFeedback");

            migrationBuilder.DropTable(
                name: "MeetingRequests");

            migrationBuilder.DropTable(
                name: "EventMeetings");

            migrationBuilder.DropTable(
                name: "EventRegistrations");

            migrationBuilder.DropTable(
                name: "Events");
        }
    }
}
