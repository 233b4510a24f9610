using System.Security.Claims;
using System.Text;
using Hub.Core;
using Hub.Core.Events;

namespace Hub.Web.Events;

/// <summary>Event downloads that are files rather than pages: the organisers' CSV exports.</summary>
public static class EventEndpoints
{
    public static WebApplication MapHubEventEndpoints(this WebApplication app)
    {
        // Signed-out callers get 403 like any non-organiser rather than a sign-in redirect: a download link is not a page.
        app.MapGet("/events/{id:int}/export/{what}.csv", async (int id, string what, ClaimsPrincipal user, EventReports reports, CancellationToken ct) =>
        {
            var userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
            var result = await reports.ExportAsync(userId, id, what, ct);
            return result.Status switch
            {
                OutcomeStatus.Done => Results.File(Encoding.UTF8.GetBytes(result.Value!), "text/csv; charset=utf-8", $"event-{id}-{what}.csv"),
                OutcomeStatus.Forbidden => Results.Text(result.Message, statusCode: StatusCodes.Status403Forbidden),
                _ => Results.NotFound(result.Message ?? result.Errors.Values.SelectMany(m => m).FirstOrDefault()),
            };
        }).ExcludeFromDescription();

        return app;
    }
}
