using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Hub.Benchmarks;

/// <summary>
/// Many interactive users at once: Hub in its own process, N protocol-level Blazor clients on the Directory (half signed
/// in as the demo's members, whose circuits also receive live pushes; half anonymous), ramped up over a
/// fixed time, each then repeating page interactions with a think time until the run's end: a search typed in the box,
/// another results page, a kind filter, opening a card and coming back. Every interaction is the location change the
/// page itself makes (the search box and the pager navigate; a card is a link); its round trip runs from sending it to
/// the last render batch it caused. Bounded: fixed users, fixed ramp, fixed duration, every wait has a limit. After the
/// run, with every circuit still open, a full-GC heap dump gives the memory per circuit.
/// </summary>
public static partial class CircuitLoad
{
    private static readonly string[] Words = ["ai", "health", "climate", "vision", "robot", "fintech", "data", "energy", "language", "satellite", "lux", "seed"];
    private static readonly string[] Kinds = ["Startup", "Investor", "Researcher", "Company", "ComputeProvider"];

    [GeneratedRegex("href=\"/profiles/(\\d+)\"")]
    private static partial Regex ProfileLink();

    public static async Task RunAsync(int users, int rampSeconds, int durationSeconds, int thinkMilliseconds)
    {
        // Every user here is one of five demo accounts on one address: lift the per-account limits on opening live
        // connections, which exist against scripts, not against a benchmark.
        await using var hub = await HubProcess.StartAsync(new Dictionary<string, string>
        {
            ["Hub:RateLimits:Http:PermitLimit"] = "1000000",
            ["Hub:RateLimits:LiveHub:PermitLimit"] = "1000000",
        });
        Console.WriteLine($"Load average of the machine at the start: {File.ReadAllText("/proc/loadavg").Trim()}");
        Console.WriteLine($"Circuit load: {users:N0} users on /directory, ramp {rampSeconds} s, {durationSeconds} s of interactions, think {thinkMilliseconds} ms ± 50 %; {Stats.Machine()}");
        var cookies = await BrowserSignIn.CookiesAsync(hub.BaseUrl, CircuitMemory.Members);
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 256 })
        {
            Timeout = TimeSpan.FromMinutes(2),
        };

        // Warm-up and baseline: one circuit through every interaction, closed, then the heap with no circuit open.
        await using (var warm = await BlazorCircuitClient.OpenAsync(http, hub.BaseUrl, "/directory", null, TimeSpan.FromSeconds(30)))
        {
            foreach (var path in new[] { "/directory?q=ai", "/directory?q=ai&page=2", "/directory?kind=Investor", "/directory" })
            {
                await warm.NavigateAsync(path, TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(500));
            }
        }

        await Task.Delay(1000);
        var folder = Directory.CreateTempSubdirectory("hub-load").FullName;
        var baseline = await GcDump.CollectAsync(hub.ProcessId, Path.Combine(folder, "baseline.gcdump"));

        var serverCpuAtStart = ProcessCpu(hub.ProcessId);
        var generatorCpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
        var latencies = new ConcurrentBag<(string Kind, double Ms)>();
        var openLatencies = new ConcurrentBag<double>();
        var failures = new ConcurrentDictionary<string, int>();
        var clients = new ConcurrentBag<BlazorCircuitClient>();
        var watch = Stopwatch.StartNew();
        var rampEnd = TimeSpan.FromSeconds(rampSeconds);
        var end = rampEnd + TimeSpan.FromSeconds(durationSeconds);
        var patience = TimeSpan.FromSeconds(30);
        var quiet = TimeSpan.FromMilliseconds(1000);

        async Task InteractAsync(BlazorCircuitClient client, Random random, List<string> profiles)
        {
            while (watch.Elapsed < end && client.Connected)
            {
                await Task.Delay(thinkMilliseconds / 2 + random.Next(thinkMilliseconds));
                if (watch.Elapsed >= end)
                {
                    break;
                }

                var word = Words[random.Next(Words.Length)];
                var (kind, path) = random.Next(4) switch
                {
                    0 => ("search", $"/directory?q={word}"),
                    1 => ("next page", $"/directory?page={2 + random.Next(8)}"),
                    2 => ("kind filter", $"/directory?kind={Kinds[random.Next(Kinds.Length)]}"),
                    _ => ("open a card", $"/profiles/{(profiles.Count > 0 ? profiles[random.Next(profiles.Count)] : "1")}"),
                };
                var took = await client.NavigateAsync(path, patience, quiet);
                if (took is null)
                {
                    failures.AddOrUpdate(kind + ": no render", 1, (_, n) => n + 1);
                    continue;
                }

                latencies.Add((kind, took.Value.TotalMilliseconds));
                if (kind == "open a card")
                {
                    // Back to the directory, as the browser's back button does.
                    var back = client.Connected ? await client.NavigateAsync("/directory", patience, quiet) : null;
                    if (back is { } b)
                    {
                        latencies.Add(("back to the directory", b.TotalMilliseconds));
                    }
                }
            }
        }

        async Task UserAsync(int index)
        {
            var random = new Random(index);
            await Task.Delay(TimeSpan.FromTicks(rampEnd.Ticks * index / users));
            var cookie = index % 2 == 0 ? cookies[CircuitMemory.Members[index / 2 % CircuitMemory.Members.Length]] : null;
            BlazorCircuitClient client;
            var opened = Stopwatch.StartNew();
            try
            {
                client = await BlazorCircuitClient.OpenAsync(http, hub.BaseUrl, "/directory", cookie, patience);
            }
            catch (Exception e)
            {
                failures.AddOrUpdate("open: " + e.GetType().Name, 1, (_, n) => n + 1);
                return;
            }

            openLatencies.Add(opened.Elapsed.TotalMilliseconds);
            clients.Add(client);
            var profiles = ProfileLink().Matches(client.Html).Select(m => m.Groups[1].Value).Distinct().ToList();
            try
            {
                await InteractAsync(client, random, profiles);
            }
            catch (Exception e) when (e is InvalidOperationException or HttpRequestException or TaskCanceledException or IOException)
            {
                failures.AddOrUpdate("interaction: " + e.GetType().Name, 1, (_, n) => n + 1);
            }

            if (!client.Connected)
            {
                failures.AddOrUpdate("circuit lost: " + client.Error, 1, (_, n) => n + 1);
            }
        }

        var progress = Task.Run(async () =>
        {
            while (watch.Elapsed < end)
            {
                await Task.Delay(TimeSpan.FromSeconds(15));
                Console.WriteLine($"  {watch.Elapsed.TotalSeconds:F0} s: {clients.Count:N0} circuits open, {latencies.Count:N0} interactions");
            }
        });
        await Task.WhenAll(Enumerable.Range(0, users).Select(UserAsync));
        await progress;

        var connected = clients.Count(c => c.Connected);
        var wall = watch.Elapsed;
        var serverCpu = ProcessCpu(hub.ProcessId) - serverCpuAtStart;
        var generatorCpu = Process.GetCurrentProcess().TotalProcessorTime - generatorCpuAtStart;
        Console.WriteLine($"Load average of the machine at the end: {File.ReadAllText("/proc/loadavg").Trim()}");
        await Task.Delay(1000);
        var after = await GcDump.CollectAsync(hub.ProcessId, Path.Combine(folder, "loaded.gcdump"));

        Console.WriteLine();
        Console.WriteLine("| interaction | count | p50 ms | p95 ms | p99 ms | max ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var group in latencies.GroupBy(l => l.Kind).OrderBy(g => g.Key))
        {
            Row(group.Key, group.Select(g => g.Ms).ToList());
        }

        Row("**all interactions**", latencies.Select(l => l.Ms).ToList());
        Row("(opening the page: GET + circuit start + first renders)", openLatencies.ToList());
        Console.WriteLine();
        Console.WriteLine($"Circuits open at the end: {connected:N0} of {users:N0}; failures: {(failures.IsEmpty ? "none" : string.Join(", ", failures.Select(f => $"{f.Key} ×{f.Value}")))}");
        Console.WriteLine($"CPU over the {wall.TotalSeconds:F0} s of the run ({Environment.ProcessorCount} cores = {wall.TotalSeconds * Environment.ProcessorCount:F0} core-seconds): " +
            $"Hub {serverCpu.TotalSeconds:F0} s, the load generator {generatorCpu.TotalSeconds:F0} s; " +
            $"Hub {serverCpu.TotalMilliseconds / Math.Max(1, latencies.Count + clients.Count):F1} ms of CPU per interaction or page opened");
        Console.WriteLine($"Heap after a full GC: {baseline.TotalBytes / 1048576.0:F1} MB with no circuit, {after.TotalBytes / 1048576.0:F1} MB with {connected:N0} open: " +
            $"**{(after.TotalBytes - baseline.TotalBytes) / (double)Math.Max(1, connected) / 1024:N0} KB per circuit**");

        foreach (var client in clients)
        {
            try
            {
                await client.DisposeAsync();
            }
            catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException)
            {
                // The server is stopped next anyway.
            }
        }
    }

    /// <summary>User plus system CPU time of another process, from /proc (clock ticks of 1/100 s on Linux).</summary>
    private static TimeSpan ProcessCpu(int processId)
    {
        var stat = File.ReadAllText($"/proc/{processId}/stat");
        // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return TimeSpan.FromSeconds((long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture)) / 100.0);
    }

    private static void Row(string name, List<double> values)
    {
        values.Sort();
        Console.WriteLine($"| {name} | {values.Count:N0} | {Stats.Percentile(values, 50):F0} | {Stats.Percentile(values, 95):F0} | {Stats.Percentile(values, 99):F0} | {(values.Count > 0 ? values[^1] : double.NaN):F0} |");
    }
}
