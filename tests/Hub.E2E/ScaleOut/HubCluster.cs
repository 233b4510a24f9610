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
        try
        {
            await StartAsync();
        }
        catch
        {
            // xunit does not dispose a fixture whose start failed: stop what did start, or it outlives the test run.
            await DisposeAsync();
            throw;
        }
    }

    private async Task StartAsync()
    {
        await Postgres.StartAsync();
        Database = await Postgres.CreateDatabaseAsync("hub_scaleout");
        await Redis.StartAsync();
        var a = ChildHub.StartAsync(Settings("a"), name: "Hub instance a");
        var b = ChildHub.StartAsync(Settings("b"), name: "Hub instance b");
        try
        {
            await Task.WhenAll(a, b);
        }
        finally
        {
            A = a.IsCompletedSuccessfully ? a.Result : null!;
            B = b.IsCompletedSuccessfully ? b.Result : null!;
        }

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

    /// <summary>
    /// Waits until each instance reports Redis healthy on /health/ready (connected, its own heartbeat back), as an
    /// operator watching the proxy's health checks would after restarting Redis.
    /// </summary>
    public static async Task WaitUntilRedisIsBackAsync(params ChildHub[] hubs)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        foreach (var hub in hubs)
        {
            var body = "";
            var healthy = false;
            for (var deadline = DateTime.UtcNow.AddSeconds(30); !healthy && DateTime.UtcNow < deadline; await Task.Delay(250))
            {
                body = await http.GetStringAsync($"{hub.BaseUrl}/health/ready");
                using var health = System.Text.Json.JsonDocument.Parse(body);
                healthy = health.RootElement.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString() == "Healthy";
            }

            Assert.True(healthy, $"{hub.BaseUrl} did not report Redis back within 30 s: {body}");
        }
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

    /// <summary>
    /// Processes first (they die at once), the in-process tool last and with a time limit: nothing this fixture started may
    /// outlive the test run, whatever one step does.
    /// </summary>
    public async Task DisposeAsync()
    {
        var steps = new List<Func<Task>> { () => Proxy.DisposeAsync().AsTask() };
        steps.AddRange(_extra.Append(A).Append(B).OfType<ChildHub>().Select(hub => (Func<Task>)(() => hub.DisposeAsync().AsTask())));
        steps.Add(() => Redis.DisposeAsync().AsTask());
        steps.Add(async () =>
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await Postgres.DisposeAsync();
        });
        steps.Add(() => _tool is null ? Task.CompletedTask : _tool.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(20)));
        var failures = new List<Exception>();
        foreach (var step in steps)
        {
            try
            {
                await step();
            }
            catch (Exception e)
            {
                failures.Add(e);
            }
        }

        if (failures.Count > 0)
        {
            throw new AggregateException("Stopping the cluster did not go cleanly.", failures);
        }
    }
}
