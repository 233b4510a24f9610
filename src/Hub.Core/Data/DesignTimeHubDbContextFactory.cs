using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Hub.Core.Data;

/// <summary>Lets <c>dotnet ef</c> build the context without starting the web host.</summary>
internal sealed class DesignTimeHubDbContextFactory : IDesignTimeDbContextFactory<HubDbContext>
{
    public HubDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<HubDbContext>().UseSqlite("Data Source=design.db").Options);
}
