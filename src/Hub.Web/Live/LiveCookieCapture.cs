using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Hub.Web.Live;

/// <summary>Captures the cookie header of the circuit's connection so the circuit can connect to the hub as its user.</summary>
public sealed class LiveCookieCapture(IHttpContextAccessor accessor, LiveCircuit live) : CircuitHandler
{
    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        var cookie = accessor.HttpContext?.Request.Headers.Cookie.ToString();
        if (!string.IsNullOrEmpty(cookie))
        {
            live.Cookie = cookie;
        }

        return Task.CompletedTask;
    }
}
