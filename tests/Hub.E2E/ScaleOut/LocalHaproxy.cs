using System.Diagnostics;

namespace Hub.E2E.ScaleOut;

/// <summary>
/// Debian's HAProxy in front of the Hub instances, run with the very configuration docs/deploy.md shows
/// (docs/examples/haproxy.cfg): its addresses come from environment variables, which HAProxy expands itself.
/// </summary>
public sealed class LocalHaproxy : IAsyncDisposable
{
    private const string Proxy = "/usr/sbin/haproxy";
    private ServerProcess? _process;

    public int Port { get; } = ServerProcess.FreePort();

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public static string ExampleConfiguration => Path.Combine(HubServer.Repository, "docs", "examples", "haproxy.cfg");

    public async Task StartAsync(string instanceA, string instanceB)
    {
        if (!File.Exists(Proxy))
        {
            throw new InvalidOperationException("haproxy is missing: tests/run.sh installs Debian's haproxy package.");
        }

        var start = new ProcessStartInfo(Proxy);
        foreach (var argument in new[] { "-db", "-f", ExampleConfiguration })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["HUB_PROXY_BIND"] = $"127.0.0.1:{Port}";
        start.Environment["HUB_INSTANCE_A"] = instanceA;
        start.Environment["HUB_INSTANCE_B"] = instanceB;
        _process = ServerProcess.Start("haproxy", start);
        await _process.WaitForPortAsync(Port, TimeSpan.FromSeconds(20));
    }

    public string Output => _process?.Output ?? "";

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }
    }
}
