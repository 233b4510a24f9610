using System.Diagnostics;
using Hub.Core;
using Hub.Core.Data;
using Hub.Core.Profiles;
using Hub.Core.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Benchmarks;

/// <summary>
/// Directory search and filters over a generated world, measured as the server sees it (ProfileDirectory.SearchAsync
/// on a real SQLite file, a fresh DbContext per query as in a request), over a mix of the queries people make.
/// </summary>
public static class DirectoryBenchmark
{
    private static readonly (string Name, DirectoryQuery Query)[] Mix =
    [
        ("everyone, first page", new DirectoryQuery()),
        ("everyone, page 200", new DirectoryQuery { Page = 200 }),
        ("kind = investor", new DirectoryQuery { Kinds = [ProfileKind.Investor] }),
        ("startups, seed, fintech", new DirectoryQuery { Kinds = [ProfileKind.Startup], Stage = Stages.Seed, TagSlugs = ["fintech"] }),
        ("stage = series A (startups + investors)", new DirectoryQuery { Stage = Stages.SeriesA }),
        ("ticket 0.5–2M", new DirectoryQuery { TicketMinEur = 500_000, TicketMaxEur = 2_000_000 }),
        ("country = DE, companies", new DirectoryQuery { Country = "DE", Kinds = [ProfileKind.Company] }),
        ("tags: health OR climate AND computer vision", new DirectoryQuery { TagSlugs = ["health", "climate", "computer-vision"] }),
        ("text: satellite", new DirectoryQuery { Text = "satellite" }),
        ("text: computer vision health", new DirectoryQuery { Text = "computer vision health" }),
        ("text prefix: radiol", new DirectoryQuery { Text = "radiol" }),
        ("text: ai (very common)", new DirectoryQuery { Text = "ai" }),
        ("text + filters: logistics, LU, startups", new DirectoryQuery { Text = "logistics", Country = "LU", Kinds = [ProfileKind.Startup] }),
        ("newest first", new DirectoryQuery { Sort = DirectorySort.Newest }),
        ("name sort, investors in LU", new DirectoryQuery { Sort = DirectorySort.Name, Kinds = [ProfileKind.Investor], Country = "LU" }),
    ];

    public static async Task RunAsync(int profiles, int iterations)
    {
        var path = Path.Combine(Path.GetTempPath(), $"hub-bench-{profiles}.db");
        await using var services = Services(path);
        await EnsureWorldAsync(services, path, profiles);

        Console.WriteLine($"Directory benchmark: {profiles:N0} profiles, {iterations} rounds of {Mix.Length} queries, page size 24; {Stats.Machine()}");
        // Warm-up: the first queries pay for query compilation and a cold page cache.
        foreach (var (_, query) in Mix)
        {
            await SearchAsync(services, query);
        }

        var all = new List<double>();
        var perQuery = Mix.ToDictionary(m => m.Name, _ => new List<double>());
        for (var round = 0; round < iterations; round++)
        {
            foreach (var (name, query) in Mix)
            {
                var (ms, _) = await SearchAsync(services, query with { PageSize = 24 });
                all.Add(ms);
                perQuery[name].Add(ms);
            }
        }

        Console.WriteLine($"{"query",-46} {"total",9} {"p50 ms",8} {"p95 ms",8}");
        foreach (var (name, query) in Mix)
        {
            var sorted = perQuery[name].Order().ToList();
            var (_, total) = await SearchAsync(services, query);
            Console.WriteLine($"{name,-46} {total,9:N0} {Stats.Percentile(sorted, 50),8:F2} {Stats.Percentile(sorted, 95),8:F2}");
        }

        var everything = all.Order().ToList();
        Console.WriteLine($"ALL {everything.Count} searches: p50 {Stats.Percentile(everything, 50):F2} ms, p95 {Stats.Percentile(everything, 95):F2} ms, max {everything[^1]:F2} ms (target p95 <= 50 ms)");
    }

    private static async Task<(double Ms, int Total)> SearchAsync(ServiceProvider services, DirectoryQuery query)
    {
        await using var scope = services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<ProfileDirectory>();
        var watch = Stopwatch.StartNew();
        var page = await directory.SearchAsync(query);
        return (watch.Elapsed.TotalMilliseconds, page.Total);
    }

    private static ServiceProvider Services(string path)
    {
        var services = new ServiceCollection();
        var showSql = Environment.GetEnvironmentVariable("HUB_BENCH_SQL") == "1";
        services.AddLogging(b => b.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", showSql ? LogLevel.Information : LogLevel.Warning));
        services.AddHubCore(new ConfigurationBuilder().Build(), $"Data Source={path}");
        return services.BuildServiceProvider();
    }

    /// <summary>Generates and seeds the world once; later runs reuse the file.</summary>
    private static async Task EnsureWorldAsync(ServiceProvider services, string path, int profiles)
    {
        await services.InitialiseHubDatabaseAsync(seedFolder: null);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var count = await db.Profiles.CountAsync();
        if (count == profiles)
        {
            Console.WriteLine($"Reusing {path}");
            return;
        }

        if (count != 0)
        {
            throw new InvalidOperationException($"{path} holds {count} profiles, not {profiles}; delete it first.");
        }

        var watch = Stopwatch.StartNew();
        var world = new DemoWorldGenerator().Generate(profiles);
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(world);
        await db.Database.ExecuteSqlRawAsync("ANALYZE;");
        Console.WriteLine($"Generated and seeded {profiles:N0} profiles in {watch.Elapsed.TotalSeconds:F1} s into {path}");
    }
}
