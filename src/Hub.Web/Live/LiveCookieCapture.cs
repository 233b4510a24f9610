using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Hub.Web.Live;

/// <summary>
/// Captures the cookie header of a signed-in circuit's connection so the circuit can connect to the hub as its user.
/// An anonymous visitor's circuit captures nothing and so never tries: the hub would refuse it, one wasted request and
/// a logged refusal per page view.
/// </summary>
public sealed class LiveCookieCapture(IHttpContextAccessor accessor, LiveCircuit live) : CircuitHandler
{
    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        var context = accessor.HttpContext;
        if (context?.User.Identity?.IsAuthenticated == true && context.Request.Headers.Cookie.ToString() is { Length: > 0 } cookie)
        {
            live.Cookie = cookie;
        }

        return Task.CompletedTask;
    }
}
