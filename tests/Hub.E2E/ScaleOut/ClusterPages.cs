using Microsoft.Playwright;

namespace Hub.E2E.ScaleOut;

/// <summary>Browser sessions that go through the cluster's proxy, each kept by its stickiness cookie on one instance.</summary>
public sealed class ClusterPages(HubServer server, HubCluster cluster) : IAsyncDisposable
{
    public const string Password = "Demo!2026hub";

    /// <summary>The proxy's stickiness cookie (docs/examples/haproxy.cfg) and the header that names the serving instance.</summary>
    public const string StickinessCookie = "HubInstance";
    public const string InstanceHeader = "X-Hub-Instance";

    private readonly List<IBrowserContext> _contexts = [];

    /// <summary>A browser at the proxy's address; with <paramref name="instance"/>, already holding that instance's cookie.</summary>
    public async Task<IPage> NewAsync(string? instance = null, string? baseUrl = null)
    {
        var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl ?? cluster.Proxy.BaseUrl,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "en-GB",
        });
        context.SetDefaultTimeout(20_000);
        _contexts.Add(context);
        if (instance is not null)
        {
            await context.AddCookiesAsync([new Cookie { Name = StickinessCookie, Value = instance, Url = cluster.Proxy.BaseUrl }]);
        }

        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the proxy on the given instance and checks that this instance answered.</summary>
    public async Task<IPage> SignedInAsync(string email, string instance)
    {
        var page = await NewAsync(instance);
        await page.SignInAsync(email, Password);
        Assert.Equal(instance, await InstanceAsync(page, "/"));
        return page;
    }

    /// <summary>Loads a path and returns the instance that served it.</summary>
    public static async Task<string?> InstanceAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(path);
        Assert.NotNull(response);
        await page.WaitForInteractiveAsync();
        return await response.HeaderValueAsync(InstanceHeader);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }
    }
}
