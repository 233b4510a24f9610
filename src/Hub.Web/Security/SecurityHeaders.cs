using System.Security.Cryptography;

namespace Hub.Web.Security;

/// <summary>
/// Headers that tell the browser what Hub's pages may do: a Content-Security-Policy that Blazor Server and MudBlazor
/// work under, no MIME sniffing, a strict referrer, and a permissions policy that allows the camera (check-in scanning)
/// to Hub itself and nothing else.
/// </summary>
public static class SecurityHeaders
{
    private const string NonceKey = "hub:csp-nonce";

    /// <summary>
    /// The nonce that lets this response's own inline scripts run (Blazor's import map is the only one); a page renders it
    /// as the script's <c>nonce</c> attribute.
    /// </summary>
    public static string ScriptNonce(HttpContext context)
    {
        if (context.Items[NonceKey] is not string nonce)
        {
            // Hex, not base64: '+' and '/' would be entity-encoded in the HTML attribute, which is valid but easy to get wrong.
            context.Items[NonceKey] = nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        }

        return nonce;
    }

    /// <summary>The policy for one response. MudBlazor sets inline styles, so styles need 'unsafe-inline'; scripts do not.</summary>
    public static string ContentSecurityPolicy(string scriptNonce) => string.Join("; ",
        "default-src 'self'",
        $"script-src 'self' 'nonce-{scriptNonce}'",
        "style-src 'self' 'unsafe-inline'",
        // Logos are served by Hub itself (/profiles/{id}/logo), so no image comes from another site; data: covers inline SVG icons.
        "img-src 'self' data:",
        "font-src 'self' data:",
        // 'self' includes ws: and wss: to the same host, which the circuit and /hubs/live use.
        "connect-src 'self'",
        "media-src 'self' blob:",
        "object-src 'none'",
        "frame-ancestors 'none'",
        "base-uri 'self'",
        "form-action 'self'");

    public const string PermissionsPolicy = "camera=(self), microphone=(), geolocation=(), payment=(), usb=()";

    /// <summary>
    /// Adds the headers to every response. They are written as the response starts, so they replace the
    /// <c>frame-ancestors</c> policy Blazor sets on interactive pages instead of adding a second, looser one.
    /// </summary>
    public static IApplicationBuilder UseHubSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy(ScriptNonce(context));
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = PermissionsPolicy;
            headers.XFrameOptions = "DENY";
            return Task.CompletedTask;
        });
        return next();
    });
}
