using Microsoft.JSInterop;

namespace Hub.Web.Components.Pages.Events;

/// <summary>Asks the browser for the reader's IANA time zone (after the first interactive render; prerendering has no browser).</summary>
public static class BrowserTimeZone
{
    public static async Task<string?> IdAsync(IJSRuntime js)
    {
        ArgumentNullException.ThrowIfNull(js);
        try
        {
            var zone = await js.InvokeAsync<string>("hubTime.zone");
            return string.IsNullOrWhiteSpace(zone) ? null : zone;
        }
        catch (Exception e) when (e is JSException or JSDisconnectedException or InvalidOperationException or TaskCanceledException)
        {
            // Times stay in the event's zone, which the page names.
            return null;
        }
    }
}
