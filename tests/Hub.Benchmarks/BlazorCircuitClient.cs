using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Hub.Benchmarks;

/// <summary>
/// A Blazor Server "browser" without a browser: it does on the wire what blazor.web.js does, so one process can hold a
/// thousand interactive circuits. GET the prerendered page, read its server component markers and persisted state,
/// open /_blazor (WebSockets, JSON hub protocol), StartCircuit, UpdateRootComponents with the markers, acknowledge every
/// render batch, answer the JS interop calls the app and MudBlazor make, and report a navigation back to the circuit
/// as the browser would (OnLocationChanged). A page interaction is a location change (a link, the search box's and the
/// pager's own navigations): its round trip is measured until the last render batch it caused.
/// </summary>
public sealed partial class BlazorCircuitClient : IAsyncDisposable
{
    /// <summary>JS interop identifiers seen, for a first look at what a page asks the browser.</summary>
    public static readonly ConcurrentDictionary<string, int> SeenJsCalls = new();

    private readonly HubConnection _connection;
    private readonly string _baseUrl;
    private readonly SemaphoreSlim _activity = new(0);
    private long _lastBatchTimestamp;
    private int _batches;

    private readonly HttpClient _http;
    private string? _secret;

    private BlazorCircuitClient(HubConnection connection, string baseUrl, HttpClient http)
    {
        _connection = connection;
        _baseUrl = baseUrl;
        _http = http;
    }

    /// <summary>The page's prerendered HTML, for links the load generator follows.</summary>
    public string Html { get; private set; } = "";

    public int Batches => _batches;

    /// <summary>Something the server reported (JS.Error) or the connection closing with an error.</summary>
    public string? Error { get; private set; }

    public bool Connected => _connection.State == HubConnectionState.Connected && Error is null;

    /// <summary>The framework's own implementation of the protocol blazor.web.js speaks (internal, so created by name).</summary>
    private static readonly IHubProtocol BlazorPack = (IHubProtocol)Activator.CreateInstance(
        typeof(Microsoft.AspNetCore.Components.Server.CircuitOptions).Assembly.GetType("Microsoft.AspNetCore.Components.Server.BlazorPack.BlazorPackHubProtocol", throwOnError: true)!,
        nonPublic: true)!;

    [GeneratedRegex("<!--Blazor:(\\{.*?\\})-->", RegexOptions.Singleline)]
    private static partial Regex MarkerPattern();

    [GeneratedRegex("<!--Blazor-Server-Component-State:([A-Za-z0-9+/=]+)-->")]
    private static partial Regex StatePattern();

    public static async Task<BlazorCircuitClient> OpenAsync(HttpClient http, string baseUrl, string path, string? cookie, TimeSpan patience)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, baseUrl + path);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var html = await response.Content.ReadAsStringAsync();
        var markers = MarkerPattern().Matches(html)
            .Select(m => JsonNode.Parse(m.Groups[1].Value)!.AsObject())
            .Where(m => (string?)m["type"] == "server" && m["descriptor"] is not null)
            .ToList();
        if (markers.Count == 0)
        {
            throw new InvalidOperationException($"{path} has no interactive server component.");
        }

        var state = StatePattern().Match(html) is { Success: true } s ? s.Groups[1].Value : "";

        var builder = new HubConnectionBuilder();
        // Blazor's hub speaks only "blazorpack" (SignalR's MessagePack format under its own name), like blazor.web.js.
        builder.Services.RemoveAll<IHubProtocol>();
        builder.Services.AddSingleton(BlazorPack);
        if (Environment.GetEnvironmentVariable("HUB_BENCH_CLIENT_LOG") == "1")
        {
            builder.Services.AddLogging(l => l.AddConsole().SetMinimumLevel(LogLevel.Debug));
        }
        var connection = builder
            .WithUrl(baseUrl + "/_blazor", o =>
            {
                if (cookie is not null)
                {
                    o.Headers["Cookie"] = cookie;
                }

                o.SkipNegotiation = true;
                o.Transports = HttpTransportType.WebSockets;
            })
            .Build();
        // The server pings every 15 s; a loaded box may answer late: do not give up on the circuit for that.
        connection.ServerTimeout = TimeSpan.FromMinutes(2);
        var client = new BlazorCircuitClient(connection, baseUrl, http) { Html = html };
        client.Wire();
        await connection.StartAsync();

        var since = Stopwatch.GetTimestamp();
        var secret = await connection.InvokeAsync<string?>("StartCircuit", baseUrl + "/", baseUrl + path, "[]", state);
        if (string.IsNullOrEmpty(secret))
        {
            throw new InvalidOperationException($"The server refused to start a circuit on {path}.");
        }

        client._secret = secret;

        var operations = new JsonArray(markers.Select((m, i) => (JsonNode)new JsonObject
        {
            ["type"] = "add",
            ["ssrComponentId"] = i + 1,
            ["marker"] = m.DeepClone(),
        }).ToArray());
        var batch = new JsonObject { ["batchId"] = 1, ["operations"] = operations }.ToJsonString();
        await connection.SendAsync("UpdateRootComponents", batch, state);
        await client.WaitForRenderAsync(since, patience, TimeSpan.FromMilliseconds(400));
        return client;
    }

    /// <summary>
    /// What the browser does after a link click or a NavigateTo: tell the circuit the location changed. Returns the time
    /// from sending until the last render batch the change caused (batches closer together than <paramref name="quiet"/>
    /// belong to it), or null when nothing was rendered within <paramref name="patience"/>.
    /// </summary>
    public async Task<TimeSpan?> NavigateAsync(string path, TimeSpan patience, TimeSpan quiet)
    {
        var since = Stopwatch.GetTimestamp();
        await _connection.SendAsync("OnLocationChanged", _baseUrl + path, null, true);
        return await WaitForRenderAsync(since, patience, quiet);
    }

    private async Task<TimeSpan?> WaitForRenderAsync(long since, TimeSpan patience, TimeSpan quiet)
    {
        while (_activity.CurrentCount > 0)
        {
            await _activity.WaitAsync();
        }

        if (!await _activity.WaitAsync(patience))
        {
            return null;
        }

        while (await _activity.WaitAsync(quiet))
        {
        }

        return Stopwatch.GetElapsedTime(since, Interlocked.Read(ref _lastBatchTimestamp));
    }

    private void Wire()
    {
        _connection.On<long, byte[]>("JS.RenderBatch", async (batchId, _) =>
        {
            Interlocked.Exchange(ref _lastBatchTimestamp, Stopwatch.GetTimestamp());
            Interlocked.Increment(ref _batches);
            await _connection.SendAsync("OnRenderCompleted", batchId, null);
            _activity.Release();
        });
        // (task id, identifier, arguments, result type, target instance, call type)
        _connection.On<long, string, string, int, long, int>("JS.BeginInvokeJS", async (handle, identifier, argsJson, _, _, _) =>
        {
            SeenJsCalls.AddOrUpdate(identifier, 1, (_, n) => n + 1);
            var result = Answer(identifier);
            if (handle != 0)
            {
                await _connection.SendAsync("EndInvokeJSFromDotNet", handle, true, $"[{handle},true,{result}]");
            }

            if (identifier == "Blazor._internal.navigationManager.navigateTo")
            {
                var args = JsonNode.Parse(argsJson)!.AsArray();
                var target = (string)args[0]!;
                var forceLoad = args.Count > 1 && (bool?)args[1]?["forceLoad"] == true;
                if (!forceLoad)
                {
                    var absolute = target.StartsWith("http", StringComparison.Ordinal) ? target : _baseUrl + "/" + target.TrimStart('/');
                    await _connection.SendAsync("OnLocationChanged", absolute, null, false);
                }
            }
        });
        _connection.On<string>("JS.Error", error => Error = error);
        _connection.On<int, string>("JS.AttachComponent", (_, _) => { });
        _connection.On<long>("JS.EndUpdateRootComponents", _ => { });
        _connection.Closed += e =>
        {
            Error ??= e?.Message ?? "closed";
            _activity.Release();
            return Task.CompletedTask;
        };
    }

    /// <summary>What a desktop browser would answer: no stored theme, a light system theme, a 1440×900 window.</summary>
    private static string Answer(string identifier) => identifier switch
    {
        "mudThemeProvider.isDarkMode" => "false",
        "mudpopoverHelper.countProviders" => "1",
        "window.hasOwnProperty" => "true",
        "mudResizeListener.getBrowserWindowSize" => "{\"height\":900,\"width\":1440}",
        "mudElementRef.getBoundingClientRect" => "{\"top\":0,\"left\":0,\"width\":300,\"height\":40}",
        _ => "null",
    };

    /// <summary>Closes the tab: like blazor.web.js on unload, tell the server first so it frees the circuit at once.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_secret is not null)
        {
            using var form = new FormUrlEncodedContent([new("circuitId", _secret)]);
            using var _ = await _http.PostAsync(_baseUrl + "/_blazor/disconnect", form);
        }

        await _connection.DisposeAsync();
    }
}
