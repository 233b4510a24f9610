using Hub.Core.Data;
using Hub.Core.Tests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hub.Web.Tests;

/// <summary>A production start never creates a known account; the demo stays one command away in Development.</summary>
public sealed class SafeDefaultsTests : IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"hub-prod-{Guid.NewGuid():N}.db");
    private WebApplicationFactory<Program> _factory = default!;
    private string? _postgres;

    public async Task InitializeAsync()
    {
        _postgres = PostgresTestServer.Enabled ? await PostgresTestServer.CreateDatabaseAsync() : null;
        // The shipped appsettings.json, as a real deployment reads it: no seed setting, Production.
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("ConnectionStrings:Hub", _postgres ?? $"Data Source={_database}");
            if (_postgres is not null)
            {
                b.UseSetting(HubDatabase.ProviderKey, nameof(DatabaseProvider.Postgres));
            }

            b.UseSetting("Hub:Jobs:Enabled", "false");
        });
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        if (_postgres is not null)
        {
            await PostgresTestServer.DropDatabaseAsync(_postgres);
            return;
        }

        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task AProductionFirstStartCreatesNoAccountNoDemoDataAndShowsNoDemoLogins()
    {
        using var client = _factory.CreateClient();
        var login = await client.GetStringAsync("/account/login");

        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        Assert.Equal(0, await db.Users.CountAsync());
        Assert.Equal(0, await db.Profiles.CountAsync());
        // The roles exist, so the first admin can be made with `hub create-admin`.
        Assert.Equal(["Admin", "Member", "Organiser"], await db.Roles.Select(r => r.Name!).OrderBy(n => n).ToListAsync());
        Assert.DoesNotContain("@hub.demo", login, StringComparison.Ordinal);
        Assert.DoesNotContain("Demo!2026hub", login, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Development", null, true)]
    [InlineData("Production", null, false)]
    [InlineData("Staging", null, false)]
    [InlineData("Production", "true", true)]
    [InlineData("Development", "false", false)]
    public void TheDemoLoadsOnlyInDevelopmentOrWhenSwitchedOn(string environment, string? setting, bool expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(setting is null ? [] : new Dictionary<string, string?> { ["Hub:Seed:Enabled"] = setting }).Build();

        Assert.Equal(expected, HubWebSetup.DemoEnabled(configuration, new Environment(environment)));
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "Hub.Web";

        public string ContentRootPath { get; set; } = "";

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
