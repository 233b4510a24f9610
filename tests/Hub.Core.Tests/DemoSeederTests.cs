using Hub.Core.Data;
using Hub.Core.Profiles;
using Hub.Core.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Tests;

public class DemoSeederTests
{
    [Fact]
    public void TheDemoWorldHasThePromisedMix()
    {
        var world = Worlds.Demo();
        var kinds = world.Profiles.GroupBy(p => p.Profile.Kind).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(world.Profiles.Count >= 300);
        Assert.True(kinds[ProfileKind.Startup] >= 120);
        Assert.True(kinds[ProfileKind.Investor] >= 40);
        Assert.True(kinds[ProfileKind.Researcher] >= 60);
        Assert.True(kinds[ProfileKind.Company] >= 50);
        Assert.True(kinds[ProfileKind.ComputeProvider] >= 6);
        Assert.True(world.ComputeOffers.Count >= 15);
        Assert.Contains(world.Accounts, a => a.Featured && a.Roles.Contains("Admin"));
        Assert.Contains(world.Accounts, a => a.Featured && a.Roles.Contains("Organiser"));
    }

    [Fact]
    public void TheGeneratorIsDeterministic()
    {
        var first = System.Text.Json.JsonSerializer.Serialize(new DemoWorldGenerator(7).Generate(400), DemoWorld.Json);
        var second = System.Text.Json.JsonSerializer.Serialize(new DemoWorldGenerator(7).Generate(400), DemoWorld.Json);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task TheCommittedSeedIsWhatTheGeneratorProduces()
    {
        // If this fails, someone edited seed/ by hand or changed the generator without regenerating.
        var folder = SeedFolder();
        var committed = await DemoWorld.LoadAsync(folder);
        var generated = new DemoWorldGenerator().Generate();
        Assert.Equal(
            System.Text.Json.JsonSerializer.Serialize(generated.Profiles, DemoWorld.Json),
            System.Text.Json.JsonSerializer.Serialize(committed.Profiles, DemoWorld.Json));
        Assert.Equal(
            System.Text.Json.JsonSerializer.Serialize(generated.ComputeOffers, DemoWorld.Json),
            System.Text.Json.JsonSerializer.Serialize(committed.ComputeOffers, DemoWorld.Json));
    }

    [Fact]
    public async Task SeedsAnEmptyDatabaseWithEverything()
    {
        var world = Worlds.Demo();
        await using var db = await TestDatabase.CreateAsync();
        var report = await db.SeedAsync(world);

        Assert.False(report.Skipped);
        var counts = await db.RunAsync<HubDbContext, (int, int, int, int)>(async c =>
            (await c.Profiles.CountAsync(), await c.ComputeOffers.CountAsync(), await c.Users.CountAsync(), await c.Tags.CountAsync()));
        Assert.Equal((world.Profiles.Count, world.ComputeOffers.Count, world.Accounts.Count, world.Taxonomy.Count), counts);
    }

    [Fact]
    public async Task SeedingTwiceChangesNothing()
    {
        var world = Worlds.Demo();
        await using var db = await TestDatabase.CreateAsync(world);
        var second = await db.SeedAsync(world);

        Assert.True(second.Skipped);
        Assert.Equal(world.Profiles.Count, await db.RunAsync<HubDbContext, int>(c => c.Profiles.CountAsync()));
        Assert.Equal(world.Accounts.Count, await db.RunAsync<HubDbContext, int>(c => c.Users.CountAsync()));
    }

    [Fact]
    public async Task DemoAccountsCanSignInWithTheDemoPassword()
    {
        await using var db = await TestDatabase.CreateAsync(Worlds.Demo());
        var ok = await db.RunAsync<Microsoft.AspNetCore.Identity.UserManager<Accounts.HubUser>, bool>(async users =>
        {
            var investor = await users.FindByEmailAsync("investor@hub.demo");
            return investor is not null && await users.CheckPasswordAsync(investor, DemoWorldGenerator.DemoPassword)
                && !await users.CheckPasswordAsync(investor, "wrong-password");
        });
        Assert.True(ok);
    }

    [Fact]
    public void RefusesASeedWithAnUnknownTag()
    {
        var world = Worlds.Demo();
        world.Profiles[0].Profile.TagSlugs.Add("no-such-tag");
        var error = Assert.Throws<InvalidDataException>(() => DemoSeeder.Check(world));
        Assert.Contains("no-such-tag", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABrokenSeedWritesNothing()
    {
        var world = Worlds.Demo();
        world.Profiles[^1].Profile.Name = "";
        await using var db = await TestDatabase.CreateAsync();
        await Assert.ThrowsAsync<InvalidDataException>(() => db.SeedAsync(world));
        Assert.Equal(0, await db.RunAsync<HubDbContext, int>(c => c.Profiles.CountAsync()));
    }

    internal static string SeedFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Hub.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Repository root not found."), "seed");
    }
}
