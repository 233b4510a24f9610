using Hub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Hub.Data.Postgres;

/// <summary>
/// Lets <c>dotnet ef migrations add Name --project src/Hub.Data.Postgres</c> build the PostgreSQL model; adding a
/// migration never connects, so the connection string only has to parse.
/// </summary>
internal sealed class DesignTimePostgresContextFactory : IDesignTimeDbContextFactory<HubDbContext>
{
    public HubDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<HubDbContext>();
        options.UseHubDatabase(DatabaseProvider.Postgres, "Host=localhost;Database=hub_design");
        return new HubDbContext(options.Options);
    }
}
