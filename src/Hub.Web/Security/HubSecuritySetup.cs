using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Hub.Web.Security;

/// <summary>
/// Hub behind a TLS reverse proxy. Nothing here is on by default: forwarded headers are trusted only from the proxies
/// named in <c>Hub:Proxy:KnownProxies</c> / <c>Hub:Proxy:KnownNetworks</c> (or a proxy on loopback with
/// <c>Hub:Proxy:Enabled</c>), and <c>Hub:Https:Redirect</c> turns on HTTPS redirection and HSTS. Allowed hosts come from
/// the standard <c>AllowedHosts</c> setting.
/// </summary>
public static class HubSecuritySetup
{
    public static WebApplicationBuilder AddHubSecurity(this WebApplicationBuilder builder)
    {
        var proxy = builder.Configuration.GetSection("Hub:Proxy");
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            // Host is not taken from the proxy: AllowedHosts checks the Host the client sent.
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var address in Values(proxy.GetSection("KnownProxies")))
            {
                o.KnownProxies.Add(IPAddress.Parse(address));
            }

            foreach (var network in Values(proxy.GetSection("KnownNetworks")))
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        builder.Services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(builder.Configuration.GetValue("Hub:Https:HstsDays", 365));
            o.IncludeSubDomains = builder.Configuration.GetValue("Hub:Https:HstsIncludeSubDomains", false);
        });
        return builder;
    }

    /// <summary>Forwarded headers first (so the scheme and client address are right for everything after), then HTTPS, then headers.</summary>
    public static WebApplication UseHubSecurity(this WebApplication app)
    {
        var proxy = app.Configuration.GetSection("Hub:Proxy");
        if (proxy.GetValue("Enabled", false) || Values(proxy.GetSection("KnownProxies")).Any() || Values(proxy.GetSection("KnownNetworks")).Any())
        {
            app.UseForwardedHeaders();
        }

        if (app.Configuration.GetValue("Hub:Https:Redirect", false))
        {
            if (!app.Environment.IsDevelopment())
            {
                app.UseHsts();
            }

            app.UseHttpsRedirection();
        }

        app.UseHubSecurityHeaders();
        return app;
    }

    /// <summary>A list setting given as an array (appsettings.json) or as one comma-separated value (an environment variable).</summary>
    private static IEnumerable<string> Values(IConfigurationSection section) =>
        (section.Value is { } single ? single.Split(',') : section.GetChildren().Select(c => c.Value ?? ""))
        .Select(v => v.Trim()).Where(v => v.Length > 0);
}
