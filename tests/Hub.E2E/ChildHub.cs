using System.Diagnostics;
using System.Net;

namespace Hub.E2E;

/// <summary>
/// Hub as a separate process (<c>dotnet Hub.Web.dll</c>, the build's own output) on 127.0.0.1, so a test can kill it
/// as the operating system would (SIGKILL, no shutdown, no flush) or run several instances side by side.
/// </summary>
public sealed class ChildHub : IAsyncDisposable
{
    private static readonly TimeSpan StartPatience = TimeSpan.FromMinutes(3);
    private readonly ServerProcess _process;

    private ChildHub(ServerProcess process, int port)
    {
        _process = process;
        Port = port;
        BaseUrl = $"http://127.0.0.1:{port}";
    }

    public int Port { get; }

    public string BaseUrl { get; }

    /// <summary>What the process printed, for a failure message.</summary>
    public string Output => _process.Output;

    /// <summary>The web app built beside this test assembly's configuration (Release in CI).</summary>
    public static string AppDll
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            return Path.Combine(HubServer.Repository, "src", "Hub.Web", "bin", configuration, "net10.0", "Hub.Web.dll");
        }
    }

    /// <summary>Starts Hub on a SQLite file (seeding the demo when it is new) and waits until /health answers.</summary>
    public static Task<ChildHub> StartAsync(string database, IReadOnlyDictionary<string, string> settings) =>
        StartAsync(new Dictionary<string, string>(settings) { ["ConnectionStrings:Hub"] = $"Data Source={database}" });

    /// <summary>Starts Hub with the given settings (demo seeding on) on a free or given port and waits until /health answers.</summary>
    public static async Task<ChildHub> StartAsync(IReadOnlyDictionary<string, string> settings, int? port = null, string name = "Hub")
    {
        var listen = port ?? ServerProcess.FreePort();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(AppDll)! };
        start.ArgumentList.Add(AppDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{listen}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Hub__Seed__Enabled"] = "true";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var hub = new ChildHub(ServerProcess.Start(name, start), listen);
        try
        {
            await hub.WaitUntilHealthyAsync();
            return hub;
        }
        catch
        {
            await hub.DisposeAsync();
            throw;
        }
    }

    /// <summary>SIGKILL on Linux: the process gets no chance to finish anything.</summary>
    public void Kill() => _process.Kill();

    public ValueTask DisposeAsync() => _process.DisposeAsync();

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartPatience;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{_process.Name} exited while starting:\n{Output}");
            }

            try
            {
                if ((await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening, but still busy starting.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"{_process.Name} did not answer /health within {StartPatience}:\n{Output}");
    }
}
