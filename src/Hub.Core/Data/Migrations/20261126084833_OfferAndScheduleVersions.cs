using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class OfferAndScheduleVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ScheduleVersion",
                table: "Events",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "ComputeOffers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ScheduleVersion",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "ComputeOffers");
        }
    }
}
