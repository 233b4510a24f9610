using System.Security.Claims;
using System.Text;
using Hub.Core.Events;
using Hub.Web.Navigation;

namespace Hub.Web.Events;

/// <summary>
/// A participant's agenda as an iCalendar file: downloaded while signed in, or subscribed to through the private feed
/// URL, where the registration's calendar token is the secret. A moved meeting keeps its UID with a higher SEQUENCE.
/// </summary>
public static class EventCalendarEndpoints
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static IEndpointRouteBuilder MapEventCalendars(this IEndpointRouteBuilder app)
    {
        app.MapGet("/events/{id:int}/agenda.ics", AgendaAsync).RequireAuthorization();
        app.MapGet("/calendar/{token}.ics", FeedAsync).AllowAnonymous();
        return app;
    }

    /// <summary>The signed-in user's agenda; with several registrations in the event, <paramref name="registration"/> picks one.</summary>
    private static async Task<IResult> AgendaAsync(int id, int? registration, ClaimsPrincipal user, EventReader reader, HttpContext http, CancellationToken ct)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var e = userId is null ? null : await reader.EventAsync(userId, id, ct);
        if (e is null)
        {
            return Results.NotFound();
        }

        // Only the user's own approved registrations have an agenda here: anyone else's id is simply not found.
        var agendas = await reader.AgendasAsync(userId!, id, ct);
        var agenda = registration is { } wanted ? agendas.FirstOrDefault(a => a.Registration.Id == wanted) : agendas.Count > 0 ? agendas[0] : null;
        return agenda is null ? Results.NotFound() : await CalendarAsync(reader, e, agenda, http, ct);
    }

    private static async Task<IResult> FeedAsync(string token, EventReader reader, HttpContext http, CancellationToken ct)
    {
        var found = await reader.AgendaByCalendarTokenAsync(token, ct);
        return found is { } f ? await CalendarAsync(reader, f.Event, f.Agenda, http, ct) : Results.NotFound();
    }

    private static async Task<IResult> CalendarAsync(EventReader reader, MatchmakingEvent e, Agenda agenda, HttpContext http, CancellationToken ct)
    {
        var sequences = await reader.SequencesAsync([.. agenda.Meetings.Select(m => m.Id)], ct);
        var page = $"{http.Request.Scheme}://{http.Request.Host}{Links.Event(e.Id)}";
        var text = EventCalendar.Write(e, agenda, sequences, page);
        // Calendar apps poll the feed: they must always get the current agenda.
        http.Response.Headers.CacheControl = "no-store";
        return Results.File(Encoding.UTF8.GetBytes(text), ContentType, FileName(e.Title));
    }

    /// <summary>The event's title as a file name: ASCII letters and digits, words joined by hyphens.</summary>
    public static string FileName(string title)
    {
        var slug = new StringBuilder();
        // Accents come off ("Événement" → "evenement") rather than becoming hyphens.
        foreach (var c in (title ?? "").Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var name = slug.ToString().Trim('-');
        return (name.Length == 0 ? "agenda" : name[..Math.Min(name.Length, 80)].TrimEnd('-')) + ".ics";
    }
}
