using System.Net;
using System.Text.Json;
using Hub.Web.ScaleOut;

namespace Hub.Web.Tests.ScaleOut;

/// <summary>What a proxy asks an instance: is it alive, may it take traffic, and which instance answered.</summary>
public sealed class HealthEndpointTests : IAsyncLifetime
{
    // Redis configured but nothing listens there: Hub must still be ready.
    private readonly HubWebFactory _factory = HubWebFactory.With(new Dictionary<string, string?>
    {
        ["Hub:InstanceName"] = "hub-test-7",
        ["ConnectionStrings:Redis"] = "127.0.0.1:1",
        ["Hub:Recommender:DemoHistory"] = "false",
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> GetAsync(string path)
    {
        var response = await _factory.CreateClient().GetAsync(path);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement, response);
    }

    [Fact]
    public async Task LivenessAsksNoDependencyAndSaysWhichInstanceAnswered()
    {
        var (status, body, response) = await GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Empty(body.GetProperty("checks").EnumerateObject());
        Assert.Equal("hub-test-7", Assert.Single(response.Headers.GetValues(HubInstance.Header)));
    }

    [Fact]
    public async Task ReadinessHoldsWithRedisAwayAndReportsItDegraded()
    {
        var (status, body, _) = await GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", body.GetProperty("status").GetString());
        var checks = body.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("migrations").GetProperty("status").GetString());
        Assert.Equal("Degraded", checks.GetProperty("redis").GetProperty("status").GetString());
        // Nothing that would help an attacker: no connection string, host or port.
        Assert.DoesNotContain("127.0.0.1", body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryResponseNamesTheInstanceEvenAMissingPage()
    {
        var response = await _factory.CreateClient().GetAsync("/no-such-page");

        Assert.Equal("hub-test-7", Assert.Single(response.Headers.GetValues(HubInstance.Header)));
    }

    [Fact]
    public async Task AProxyPollingReadinessIsNeverRateLimited()
    {
        var client = _factory.CreateClient();
        for (var i = 0; i < 200; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        }
    }
}
