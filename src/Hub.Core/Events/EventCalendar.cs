using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Hub.Core.Events;

/// <summary>
/// A participant's agenda as iCalendar: one entry per meeting with a stable UID, so a moved meeting replaces its old
/// entry (SEQUENCE raised) and a dropped one shows as cancelled; times in the event's time zone.
/// </summary>
public static class EventCalendar
{
    public static string Write(MatchmakingEvent e, Agenda agenda, IReadOnlyDictionary<long, int> sequences, string? eventUrl = null)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(agenda);
        ArgumentNullException.ThrowIfNull(sequences);
        var calendar = new Calendar { Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", $"{e.Title} – {agenda.ProfileName}");
        calendar.AddTimeZone(new VTimeZone(e.TimeZoneId));
        var zone = TimeZoneInfo.FindSystemTimeZoneById(e.TimeZoneId);
        foreach (var m in agenda.Meetings)
        {
            var where = string.Join(", ", new[] { m.Table, e.Venue }.Where(x => !string.IsNullOrWhiteSpace(x)));
            var entry = new CalendarEvent
            {
                Uid = $"hub-meeting-{m.Id}@{e.Id}",
                Sequence = sequences.GetValueOrDefault(m.Id),
                Summary = $"Meeting with {m.OtherName}",
                Description = $"{e.Title}: 1:1 meeting with {m.OtherName} at {m.Table}." + (m.OnlineLink is null ? "" : $" Online: {m.OnlineLink}"),
                Location = where,
                Start = new CalDateTime(TimeZoneInfo.ConvertTimeFromUtc(m.StartsAt, zone), e.TimeZoneId),
                End = new CalDateTime(TimeZoneInfo.ConvertTimeFromUtc(m.EndsAt, zone), e.TimeZoneId),
                Status = m.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
                DtStamp = new CalDateTime(DateTime.SpecifyKind(m.StartsAt, DateTimeKind.Utc)),
            };
            if (m.OnlineLink is not null && Uri.TryCreate(m.OnlineLink, UriKind.Absolute, out var link))
            {
                entry.Url = link;
            }
            else if (eventUrl is not null && Uri.TryCreate(eventUrl, UriKind.Absolute, out var page))
            {
                entry.Url = page;
            }

            calendar.Events.Add(entry);
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
