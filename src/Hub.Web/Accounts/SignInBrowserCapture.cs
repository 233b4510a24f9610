using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Hub.Web.Accounts;

/// <summary>Reads the browser's sign-in nonce from the circuit's connection, where the account pages issue tickets.</summary>
public sealed class SignInBrowserCapture(IHttpContextAccessor accessor, SignInBrowser browser) : CircuitHandler
{
    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (accessor.HttpContext?.Request.Cookies[SignInBrowser.CookieName] is { Length: > 0 } nonce)
        {
            browser.Nonce = nonce;
        }

        return Task.CompletedTask;
    }
}
