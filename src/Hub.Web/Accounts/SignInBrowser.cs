using System.Security.Cryptography;

namespace Hub.Web.Accounts;

/// <summary>
/// A random nonce in an HttpOnly cookie that names this browser for sign-in tickets. Every page response sets it when it
/// is missing, so the circuit that checks a password already carries it; the ticket keeps its hash, and
/// <c>/account/complete</c> signs in only the browser that sends the same nonce.
/// </summary>
public sealed class SignInBrowser
{
    public const string CookieName = "hub.browser";

    /// <summary>The nonce of the browser this circuit belongs to (captured when the circuit connected); null if it sent none.</summary>
    public string? Nonce { get; set; }

    /// <summary>Sets the nonce cookie on a page response (not on assets or hub traffic) when the browser has none.</summary>
    public static Task EnsureCookieAsync(HttpContext context, Func<Task> next)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) && !request.Cookies.ContainsKey(CookieName) &&
            request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Cookies.Append(CookieName, Convert.ToHexString(RandomNumberGenerator.GetBytes(32)), new CookieOptions
            {
                HttpOnly = true,
                // The navigation to /account/complete is same-site; a cross-site one must not carry the nonce.
                SameSite = SameSiteMode.Strict,
                Secure = request.IsHttps,
                IsEssential = true,
                Path = "/",
            });
        }

        return next();
    }
}
