using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Hub.Benchmarks;

/// <summary>
/// Hub as its own process (the Release build of Hub.Web, demo data on a fresh SQLite file, 127.0.0.1), so that a heap
/// dump of it holds the server's circuits and nothing of the load generator.
/// </summary>
public sealed class HubProcess : IAsyncDisposable
{
    private readonly Process _process;

    private HubProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public int ProcessId => _process.Id;

    public static string Repository
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Hub.sln")))
            {
                folder = folder.Parent;
            }

            return folder?.FullName ?? throw new InvalidOperationException("Run the benchmark from inside the repository.");
        }
    }

    public static async Task<HubProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var dll = Path.Combine(Repository, "src", "Hub.Web", "bin", "Release", "net10.0", "Hub.Web.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"Build Hub first: dotnet build src/Hub.Web -c Release ({dll} is missing).");
        }

        var port = FreePort();
        var database = Path.Combine(Path.GetTempPath(), $"hub-circuits-{Guid.NewGuid():N}.db");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Hub"] = $"Data Source={database}";
        start.Environment["Hub__Seed__Enabled"] = "true";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, e) => Echo(e.Data);
        process.ErrorDataReceived += (_, e) => Echo(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var hub = new HubProcess(process, $"http://127.0.0.1:{port}");

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(4);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                if ((await http.GetAsync(hub.BaseUrl + "/health")).StatusCode == HttpStatusCode.OK)
                {
                    return hub;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(500);
        }

        await hub.DisposeAsync();
        throw new InvalidOperationException("Hub did not start (see its output above).");
    }

    /// <summary>Hub's warnings and errors go to the console, prefixed, so a failing circuit shows why.</summary>
    private static void Echo(string? line)
    {
        if (!string.IsNullOrWhiteSpace(line) && !line.StartsWith("  demo login", StringComparison.Ordinal))
        {
            Console.WriteLine($"  [hub] {line}");
        }
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
