using System.Text.RegularExpressions;

namespace Hub.Benchmarks;

/// <summary>
/// Managed heap per interactive circuit, page by page: Hub in its own process, a full-GC heap dump with no circuit
/// open, then N circuits on one page (protocol-level clients), another dump; the difference divided by N. The circuits
/// are closed and the next page measured against a fresh baseline. <c>--types N</c> lists what grew most per circuit.
/// </summary>
public static partial class CircuitMemory
{
    /// <summary>The main pages; the signed-in ones as the demo's members (circuits spread over the accounts).</summary>
    public static readonly string[] AllPages = ["directory", "directory-anonymous", "for-you", "home", "home-anonymous", "my-profiles", "event", "compute", "compute-needs", "inbox", "conversation"];

    public static readonly string[] Members = ["startup@hub.demo", "investor@hub.demo", "researcher@hub.demo", "company@hub.demo", "compute@hub.demo"];

    [GeneratedRegex("href=\"/(events|conversations)/(\\d+)\"")]
    private static partial Regex LinkPattern();

    public static async Task RunAsync(int circuits, IReadOnlyList<string> pages, int types, IReadOnlyDictionary<string, string> settings)
    {
        await using var hub = await HubProcess.StartAsync(settings);
        Console.WriteLine($"Circuit memory: {circuits} circuits per page on {hub.BaseUrl} (pid {hub.ProcessId}); {Stats.Machine()}");
        var cookies = await BrowserSignIn.CookiesAsync(hub.BaseUrl, Members);
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 64 })
        {
            Timeout = TimeSpan.FromMinutes(2),
        };
        var paths = await PathsAsync(http, hub.BaseUrl, cookies);
        var folder = Directory.CreateTempSubdirectory("hub-gcdump").FullName;

        Console.WriteLine("| page | path | circuits | heap before (MB) | heap after (MB) | per circuit (KB) |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|");
        foreach (var page in pages)
        {
            var (path, signedIn) = paths[page];
            // Warm up: JIT, caches and the page's first queries do not count against the circuits.
            await using (var warm = await BlazorCircuitClient.OpenAsync(http, hub.BaseUrl, path, signedIn ? cookies[Members[0]] : null, TimeSpan.FromSeconds(30)))
            {
            }

            await Task.Delay(500);
            var before = await GcDump.CollectAsync(hub.ProcessId, Path.Combine(folder, $"{page}-0.gcdump"));
            var clients = new List<BlazorCircuitClient>();
            for (var i = 0; i < circuits; i++)
            {
                var cookie = signedIn ? cookies[Members[i % Members.Length]] : null;
                clients.Add(await BlazorCircuitClient.OpenAsync(http, hub.BaseUrl, path, cookie, TimeSpan.FromSeconds(30)));
            }

            var broken = clients.Count(c => !c.Connected);
            Console.WriteLine($"  ({clients.Average(c => c.Batches):F1} render batches per circuit; {clients.FirstOrDefault(c => c.Error is not null)?.Error})");
            await Task.Delay(1000);
            var after = await GcDump.CollectAsync(hub.ProcessId, Path.Combine(folder, $"{page}-{circuits}.gcdump"));
            var per = (after.TotalBytes - before.TotalBytes) / (double)circuits / 1024;
            Console.WriteLine($"| {page} | `{path}` | {circuits}{(broken > 0 ? $" ({broken} broken)" : "")} | {before.TotalBytes / 1048576.0:F1} | {after.TotalBytes / 1048576.0:F1} | **{per:N0}** |");
            if (types > 0)
            {
                foreach (var (type, bytesPer, countPer) in GcDump.Growth(before, after, circuits, types))
                {
                    Console.WriteLine($"|   | {type} | | | {countPer:F1} objects | {bytesPer / 1024:F1} |");
                }
            }

            await Task.WhenAll(clients.Select(c => c.DisposeAsync().AsTask()));
            // Closed circuits are disposed at once (a clean close is not a disconnection to keep).
            await Task.Delay(2000);
        }

        Console.WriteLine("JS interop the pages asked for: " + string.Join(", ", BlazorCircuitClient.SeenJsCalls.OrderByDescending(p => p.Value).Select(p => $"{p.Key} ×{p.Value}")));
    }

    /// <summary>Each page's address and whether it needs a member; the event and conversation come from the demo data.</summary>
    public static async Task<Dictionary<string, (string Path, bool SignedIn)>> PathsAsync(HttpClient http, string baseUrl, IReadOnlyDictionary<string, string> cookies)
    {
        async Task<string> FirstLinkAsync(string path, string kind, string cookie)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, baseUrl + path);
            request.Headers.Add("Cookie", cookie);
            var html = await (await http.SendAsync(request)).Content.ReadAsStringAsync();
            return LinkPattern().Matches(html).Where(m => m.Groups[1].Value == kind).Select(m => $"/{kind}/{m.Groups[2].Value}").FirstOrDefault()
                ?? path;
        }

        var member = cookies[Members[0]];
        return new Dictionary<string, (string, bool)>
        {
            ["directory"] = ("/directory", true),
            ["directory-anonymous"] = ("/directory", false),
            ["for-you"] = ("/for-you", true),
            ["home"] = ("/", true),
            ["home-anonymous"] = ("/", false),
            ["my-profiles"] = ("/my/profiles", true),
            ["event"] = (await FirstLinkAsync("/events", "events", member), true),
            ["compute"] = ("/compute", true),
            ["compute-needs"] = ("/compute/needs", true),
            ["inbox"] = ("/introductions", true),
            ["conversation"] = (await FirstLinkAsync("/introductions", "conversations", member), true),
        };
    }
}
