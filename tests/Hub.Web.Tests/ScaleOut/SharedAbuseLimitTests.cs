using Hub.E2E.ScaleOut;
using Hub.Web.ScaleOut;
using Hub.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Web.Tests.ScaleOut;

/// <summary>
/// Sign-in attempts and registrations are counted across instances through Redis: a client that moves to another
/// instance does not get a fresh budget. With Redis away each instance counts on its own and nothing fails.
/// </summary>
public sealed class SharedAbuseLimitTests : IAsyncLifetime
{
    private readonly List<HubWebFactory> _instances = [];
    private readonly LocalRedis _redis = new();

    public Task InitializeAsync() => _redis.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var instance in Enumerable.Reverse(_instances))
        {
            await instance.DisposeAsync();
        }

        await _redis.DisposeAsync();
    }

    private HubWebFactory Instance(string name)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Hub:InstanceName"] = name,
            ["ConnectionStrings:Redis"] = _redis.ConnectionString,
            ["Hub:Redis:CheckInterval"] = "00:00:00.200",
            // The default: a shorter one reads a heartbeat late under a loaded test run as Redis gone, and re-subscribes.
            ["Hub:Redis:StaleAfter"] = "00:00:04",
            ["Hub:Recommender:DemoHistory"] = "false",
            ["Hub:RateLimits:SignIn:PermitLimit"] = "3",
            ["Hub:RateLimits:SignIn:Window"] = "01:00:00",
        };
        if (_instances.Count > 0)
        {
            // The same database as the first instance, whichever provider the run uses.
            foreach (var (key, value) in _instances[0].DatabaseSettings)
            {
                settings[key] = value;
            }
        }

        var factory = HubWebFactory.With(settings);
        _instances.Add(factory);
        _ = factory.Server;
        return factory;
    }

    private static async Task LinkAsync(HubWebFactory instance, bool up)
    {
        var link = instance.Services.GetRequiredService<RedisLink>();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (link.IsUp != up)
        {
            await Task.Delay(50, cts.Token);
        }
    }

    [Fact]
    public async Task SignInAttemptsUsedOnOneInstanceCountOnTheOther()
    {
        var a = Instance("a");
        var b = Instance("b");
        await LinkAsync(a, up: true);
        await LinkAsync(b, up: true);
        var limitsA = a.Services.GetRequiredService<AbuseLimits>();
        var limitsB = b.Services.GetRequiredService<AbuseLimits>();

        for (var i = 0; i < 3; i++)
        {
            Assert.True(limitsA.TryAcquire(AbuseAction.SignIn, "10.9.0.1", out _));
        }

        Assert.False(limitsB.TryAcquire(AbuseAction.SignIn, "10.9.0.1", out var retryAfter));
        Assert.True(retryAfter > TimeSpan.Zero);
        Assert.True(limitsB.TryAcquire(AbuseAction.SignIn, "10.9.0.2", out _));

        // Redis gone: B counts alone (its own budget for this address is untouched), and nothing throws.
        await _redis.StopAsync();
        await LinkAsync(b, up: false);
        Assert.True(limitsB.TryAcquire(AbuseAction.SignIn, "10.9.0.1", out _));
    }
}
