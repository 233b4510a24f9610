using System.Globalization;

namespace Hub.Web.Components.Pages.Events;

/// <summary>
/// Event times for one reader: shown in the reader's own time zone (the browser's), with the event's zone named, so
/// someone joining from elsewhere never has to convert.
/// </summary>
public sealed class EventTimes
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");
    private readonly TimeZoneInfo _reader;
    private readonly TimeZoneInfo _event;

    private EventTimes(TimeZoneInfo reader, TimeZoneInfo eventZone) => (_reader, _event) = (reader, eventZone);

    /// <summary>Times of an event in <paramref name="eventZoneId"/> for a reader in <paramref name="readerZoneId"/> (the event's zone until the browser said).</summary>
    public static EventTimes For(string eventZoneId, string? readerZoneId)
    {
        var eventZone = Zone(eventZoneId) ?? TimeZoneInfo.Utc;
        return new EventTimes(Zone(readerZoneId) ?? eventZone, eventZone);
    }

    /// <summary>Whether the reader is in the event's time zone (same rules, not only the same name).</summary>
    public bool SameZone => _reader.Id == _event.Id || _reader.HasSameRules(_event);

    public string ReaderZone => _reader.Id;

    public string EventZone => _event.Id;

    /// <summary>One sentence saying which zone the times are in, naming the event's.</summary>
    public string Note => SameZone
        ? $"Times are in {_event.Id}, the event's time zone."
        : $"Times are in your time zone ({_reader.Id}); the event runs in {_event.Id}.";

    public string Day(DateTime utc) => Local(utc).ToString("ddd d MMM yyyy", Culture);

    public string Time(DateTime utc) => Local(utc).ToString("HH:mm", Culture);

    public string At(DateTime utc) => $"{Day(utc)}, {Time(utc)}";

    /// <summary>"Thu 26 Nov 2026, 09:00–12:00", or both dates in full when the range spans days.</summary>
    public string Range(DateTime startUtc, DateTime endUtc) =>
        Local(startUtc).Date == Local(endUtc).Date
            ? $"{Day(startUtc)}, {Time(startUtc)}–{Time(endUtc)}"
            : $"{At(startUtc)} – {At(endUtc)}";

    /// <summary>The same moment on the event's clock, for readers elsewhere ("10:00 event time").</summary>
    public string EventTime(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(Utc(utc), _event).ToString("HH:mm", Culture);

    private DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(Utc(utc), _reader);

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    private static TimeZoneInfo? Zone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
}
