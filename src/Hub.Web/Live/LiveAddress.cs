using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Hub.Web.Live;

/// <summary>
/// Where a circuit's own hub connection goes. Never the address the browser reports (<c>NavigationManager.BaseUri</c>
/// comes from the request's Host header, so a crafted start would make the server post the user's cookie anywhere):
/// <c>Hub:Live:InternalUrl</c> when configured, otherwise the address the server itself is bound to.
/// </summary>
public sealed class LiveAddress(IConfiguration configuration, IServer server)
{
    /// <summary>The base address (ending in '/') that /hubs/live is resolved against.</summary>
    public Uri BaseAddress => Choose(configuration["Hub:Live:InternalUrl"], server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []);

    /// <summary>
    /// The configured address if any; else the bound addresses, preferring loopback over others and http over https
    /// (the connection never leaves the machine, so no certificate need match). A wildcard binding is reached on loopback.
    /// </summary>
    public static Uri Choose(string? configured, IEnumerable<string> bound)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return WithSlash(new Uri(configured.Trim(), UriKind.Absolute));
        }

        var candidates = bound.Select(Reachable).OfType<Uri>()
            .OrderBy(u => u.IsLoopback ? 0 : 1)
            .ThenBy(u => u.Scheme == Uri.UriSchemeHttp ? 0 : 1)
            .ToList();
        // A host with no bound address (an in-process test server) answers on its own default address.
        return candidates.Count > 0 ? candidates[0] : new Uri("http://localhost/");
    }

    private static Uri? Reachable(string address)
    {
        // Kestrel reports wildcard bindings as given ("http://*:80", "http://+:80", "http://[::]:80", "http://0.0.0.0:80").
        var normalised = address.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
        if (!Uri.TryCreate(normalised, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var builder = new UriBuilder(uri);
        if (uri.Host is "0.0.0.0")
        {
            builder.Host = "127.0.0.1";
        }
        else if (uri.Host is "[::]")
        {
            builder.Host = "[::1]";
        }

        return WithSlash(builder.Uri);
    }

    private static Uri WithSlash(Uri uri) => uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.GetLeftPart(UriPartial.Path) + "/");
}
