using System.Diagnostics;

namespace Hub.E2E.ScaleOut;

/// <summary>
/// Debian's redis-server on 127.0.0.1 at a fixed port, without persistence: the SignalR backplane keeps nothing in it.
/// A test can stop it and start it again on the same port, as an operator restarting Redis would.
/// </summary>
public sealed class LocalRedis : IAsyncDisposable
{
    private const string Server = "/usr/bin/redis-server";
    private ServerProcess? _process;

    public int Port { get; } = ServerProcess.FreePort();

    public string ConnectionString => $"127.0.0.1:{Port}";

    public bool IsRunning => _process is { HasExited: false };

    public async Task StartAsync()
    {
        if (!File.Exists(Server))
        {
            throw new InvalidOperationException("redis-server is missing: tests/run.sh installs Debian's redis-server package.");
        }

        var start = new ProcessStartInfo(Server);
        foreach (var argument in new[] { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "yes" })
        {
            start.ArgumentList.Add(argument);
        }

        _process = ServerProcess.Start("redis-server", start);
        await _process.WaitForPortAsync(Port, TimeSpan.FromSeconds(20));
    }

    /// <summary>Redis goes away at once (SIGKILL): every client connection drops, as in a crash.</summary>
    public async Task StopAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
            _process = null;
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync());
}
