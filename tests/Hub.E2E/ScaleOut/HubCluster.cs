using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.E2E.ScaleOut;

/// <summary>
/// Hub scaled out as docs/deploy.md describes it: two instances (separate processes on two loopback ports) sharing one
/// PostgreSQL database and one Redis, behind HAProxy with cookie stickiness. Both instances start at the same time on
/// an empty database, so the migration lock is exercised on every run. <see cref="Services"/> is a third, in-process
/// Hub on the same database with its jobs off: tests arrange what an organiser or an admin would do through it.
/// </summary>
public sealed class HubCluster : IAsyncLifetime
{
    private WebApplicationFactory<Program>? _tool;
    private readonly List<ChildHub> _extra = [];

    public LocalPostgres Postgres { get; } = new();

    public LocalRedis Redis { get; } = new();

    public LocalHaproxy Proxy { get; } = new();

    public ChildHub A { get; private set; } = default!;

    public ChildHub B { get; private set; } = default!;

    public string Database { get; private set; } = "";

    public IServiceProvider Services => _tool!.Services;

    public async Task InitializeAsync()
    {
        await Postgres.StartAsync();
        Database = await Postgres.CreateDatabaseAsync("hub_scaleout");
        await Redis.StartAsync();
        var a = ChildHub.StartAsync(Settings("a"), name: "Hub instance a");
        var b = ChildHub.StartAsync(Settings("b"), name: "Hub instance b");
        await Task.WhenAll(a, b);
        (A, B) = (a.Result, b.Result);
        await Proxy.StartAsync($"127.0.0.1:{A.Port}", $"127.0.0.1:{B.Port}");

        _tool = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            foreach (var (key, value) in Settings("tool"))
            {
                builder.UseSetting(key, value);
            }

            builder.UseSetting("Hub:Jobs:Enabled", "false");
        });
        _ = _tool.Services;
    }

    /// <summary>One more instance on the same database and Redis, outside the proxy (a test connects to it directly).</summary>
    public async Task<ChildHub> StartExtraInstanceAsync(string name)
    {
        var hub = await ChildHub.StartAsync(Settings(name), name: $"Hub instance {name}");
        _extra.Add(hub);
        return hub;
    }

    /// <summary>What every instance is configured with: the provider, the shared stores, its name, fast jobs.</summary>
    public IReadOnlyDictionary<string, string> Settings(string instance) => new Dictionary<string, string>
    {
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:Hub"] = Database,
        ["ConnectionStrings:Redis"] = Redis.ConnectionString,
        ["Hub:InstanceName"] = instance,
        ["Hub:Proxy:KnownProxies:0"] = "127.0.0.1",
        ["Hub:Jobs:PollInterval"] = "00:00:01",
        ["Hub:Recommender:DemoHistory"] = "false",
        // Several people act through one address in these tests; the abuse limits have their own tests.
        ["Hub:RateLimits:Http:PermitLimit"] = "100000",
        ["Hub:RateLimits:SignIn:PermitLimit"] = "1000",
        ["Hub:RateLimits:Introduction:PermitLimit"] = "1000",
        ["Hub:RateLimits:Message:PermitLimit"] = "1000",
    };

    /// <summary>Everything the instances printed, for a failure message.</summary>
    public string Output => $"--- a\n{A?.Output}\n--- b\n{B?.Output}\n--- proxy\n{Proxy.Output}\n" +
        string.Concat(_extra.Select(e => $"--- extra\n{e.Output}\n"));

    public async Task DisposeAsync()
    {
        if (_tool is not null)
        {
            await _tool.DisposeAsync();
        }

        await Proxy.DisposeAsync();
        foreach (var hub in _extra.Append(A).Append(B).OfType<ChildHub>())
        {
            await hub.DisposeAsync();
        }

        await Redis.DisposeAsync();
        Npgsql.NpgsqlConnection.ClearAllPools();
        await Postgres.DisposeAsync();
    }
}
