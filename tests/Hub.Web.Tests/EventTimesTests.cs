using Hub.Web.Components.Pages.Events;
using Hub.Web.Events;

namespace Hub.Web.Tests;

public class EventTimesTests
{
    // 09:00 in Luxembourg on 3 December 2026 (CET, UTC+1).
    private static readonly DateTime Start = new(2026, 12, 3, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void AReaderElsewhereSeesTheirOwnClockAndTheEventsZoneIsNamed()
    {
        var times = EventTimes.For("Europe/Luxembourg", "America/New_York");
        Assert.False(times.SameZone);
        Assert.Equal("Thu 3 Dec 2026, 03:00–03:20", times.Range(Start, Start.AddMinutes(20)));
        Assert.Equal("09:00", times.EventTime(Start));
        Assert.Equal("Times are in your time zone (America/New_York); the event runs in Europe/Luxembourg.", times.Note);
    }

    [Fact]
    public void AReaderInTheEventsZoneSeesEventTimeOnce()
    {
        var times = EventTimes.For("Europe/Luxembourg", "Europe/Luxembourg");
        Assert.True(times.SameZone);
        Assert.Equal("Thu 3 Dec 2026, 09:00–09:20", times.Range(Start, Start.AddMinutes(20)));
        Assert.Equal("Times are in Europe/Luxembourg, the event's time zone.", times.Note);
    }

    [Fact]
    public void AnUnknownOrMissingReaderZoneFallsBackToTheEventsZone()
    {
        Assert.Equal("09:00", EventTimes.For("Europe/Luxembourg", "Mars/Olympus").Time(Start));
        Assert.Equal("09:00", EventTimes.For("Europe/Luxembourg", null).Time(Start));
    }

    [Fact]
    public void ARangeOverMidnightNamesBothDays()
    {
        var times = EventTimes.For("Europe/Luxembourg", "Europe/Luxembourg");
        Assert.Equal("Thu 3 Dec 2026, 09:00 – Fri 4 Dec 2026, 09:00", times.Range(Start, Start.AddDays(1)));
    }

    [Theory]
    [InlineData("Applied AI Matchmaking Day", "applied-ai-matchmaking-day.ics")]
    [InlineData("  Robotics & Health: 2026!  ", "robotics-health-2026.ics")]
    [InlineData("Journée de l'IA à Esch", "journee-de-l-ia-a-esch.ics")]
    [InlineData("!!!", "agenda.ics")]
    public void TheCalendarFileIsNamedAfterTheEvent(string title, string file) => Assert.Equal(file, EventCalendarEndpoints.FileName(title));
}
