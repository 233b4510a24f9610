using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class DirectoryFilterIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Profiles_DirectoryFilters",
                table: "Profiles",
                columns: new[] { "Kind", "Country", "Stage", "InvestorStages", "RaiseTargetEur", "TicketMinEur", "TicketMaxEur", "Seeks", "Name", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Profiles_DirectoryFilters",
                table: "Profiles");
        }
    }
}
