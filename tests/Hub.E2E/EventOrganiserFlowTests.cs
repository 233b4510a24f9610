using System.Text.RegularExpressions;
using Hub.Core.Data;
using Hub.Core.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Hub.E2E;

[Collection(SharedHubServer.Name)]
public partial class EventOrganiserFlowTests(HubServer server)
{
    private const string Password = "Demo!2026hub";

    [GeneratedRegex(@"/events/(\d+)/manage/registrations$")]
    private static partial Regex ManagePage();

    [Fact]
    public async Task AnOrganiserCreatesAnEventSchedulesItPublishesAndTheBigScreenShowsTheRound()
    {
        var page = await server.NewPageAsync();
        await page.SignInAsync("organiser@hub.demo", Password);
        await page.OpenAsync("/events/new");

        await page.Locator("#event-title").FillAsync("Luxembourg AI Matchmaking");
        await page.Locator("#event-venue").FillAsync("House of Startups, Luxembourg");
        await Expect(page.Locator("[data-testid=slot-count]")).ToContainTextAsync("7 meeting slots");
        await Expect(page.Locator("[data-testid=suggested-tables]")).ToContainTextAsync("Suggested: 23 tables for 40 expected participants");
        await page.ScreenshotAsync("60-event-form");
        await page.Locator("#event-save").ClickAsync();

        await page.WaitForURLAsync(ManagePage());
        var eventId = int.Parse(ManagePage().Match(page.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        await Expect(page.Locator("[data-testid=manage-title]")).ToHaveTextAsync("Luxembourg AI Matchmaking");
        await Expect(page.Locator("[data-testid=registrations-empty]")).ToContainTextAsync("Share the event page with the people you want to bring together");

        // Three demo members register while registration is open; then the day is moved around the server's clock. They are
        // members no other end-to-end test schedules, since pairs who met at an earlier event are not proposed again.
        var (startup, investor, researcher) = await RegisterAsync(eventId, "startup-00072@members.hub.demo", "investor-00032@members.hub.demo",
            "researcher-00033@members.hub.demo");
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("[data-testid=count-Pending]")).ToContainTextAsync("Pending · 3");
        await page.Locator("[data-testid=registrations] thead input[type=checkbox]").CheckAsync();
        await page.Locator("[data-testid=approve-selected]").ClickAsync();
        await Expect(page.Locator("[data-testid=count-Approved]")).ToContainTextAsync("Approved · 3");
        await page.ScreenshotAsync("61-event-registrations-approved");
        await MoveTheDayToNowAsync(eventId);

        await page.OpenAsync($"/events/{eventId}/manage/schedule");
        await Expect(page.Locator("[data-testid=draft-empty]")).ToBeVisibleAsync();
        await page.Locator("[data-testid=generate]").ClickAsync();
        await Expect(page.Locator("[data-testid=gap]")).ToContainTextAsync("of the best possible", new() { Timeout = 30_000 });
        // Two slots, three people: each slot holds one pair, and any two pairs share someone.
        var meetings = page.Locator("[data-testid=draft-meeting]");
        await Expect(meetings).ToHaveCountAsync(2);
        await Expect(page.Locator("[data-testid=unpublished]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=per-participant]")).ToContainTextAsync(investor);
        await page.ScreenshotAsync("62-event-schedule-review");

        // Moving the second round's pair into the first is refused with the schedule's reason.
        await meetings.Nth(1).Locator("[data-testid=move]").ClickAsync();
        await page.Locator("[data-testid=move-slot]").ClickAsync();
        var firstSlot = page.GetByRole(Microsoft.Playwright.AriaRole.Option).Filter(new() { HasText = "Slot 1 ·" });
        await Expect(firstSlot).ToBeVisibleAsync();
        await firstSlot.ClickAsync();
        await Expect(page.Locator("[data-testid=move-slot]")).ToHaveTextAsync(new Regex("^Slot 1 ·"));
        await page.Locator("[data-testid=move-confirm]").ClickAsync();
        await Expect(page.Locator("[data-testid=move-refused]")).ToContainTextAsync("in that slot.");
        await page.ScreenshotAsync("62a-event-move-refused");
        await page.Locator(".mud-dialog").GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(page.Locator("[data-testid=move-dialog]")).ToHaveCountAsync(0);

        // Moved by hand to another table, the first round's meeting is locked there.
        var firstPair = (await meetings.First.Locator("td").Nth(1).TextContentAsync())!.Trim();
        await meetings.First.Locator("[data-testid=move]").ClickAsync();
        await page.Locator("[data-testid=move-table]").ClickAsync();
        await page.GetByRole(Microsoft.Playwright.AriaRole.Option).Filter(new() { HasText = "Table 3" }).ClickAsync();
        await Expect(page.Locator("[data-testid=move-table]")).ToHaveTextAsync("Table 3");
        await page.ScreenshotAsync("62b-event-move-dialog");
        await page.Locator("[data-testid=move-confirm]").ClickAsync();
        await Expect(meetings.First).ToContainTextAsync("Table 3");
        await Expect(meetings.First.Locator("[data-testid=lock]")).ToHaveAttributeAsync("aria-label", $"Unlock {firstPair.Replace(" & ", " and ", StringComparison.Ordinal)}");

        await page.Locator("[data-testid=publish]").ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Expect(page.Locator("[data-testid=publish-result]")).ToContainTextAsync("3 participants' agendas updated");
        await Expect(page.Locator("[data-testid=published]")).ToBeVisibleAsync();
        await page.ScreenshotAsync("63-event-schedule-published");

        await page.OpenAsync($"/events/{eventId}/manage/day");
        await Expect(page.Locator("[data-testid=round]")).ToContainTextAsync("Round 1 of 2 is running");
        await Expect(page.Locator("[data-testid=not-checked-in]")).ToContainTextAsync(startup);
        await page.ScreenshotAsync("64-event-day");

        // A ticket code typed at the door checks the investor in; a check-in elsewhere (another organiser's phone) arrives live.
        await page.Locator("#checkin-code").FillAsync(await CheckInCodeAsync(eventId, investor));
        await page.Locator("[data-testid=checkin-submit]").ClickAsync();
        await Expect(page.Locator("[data-testid=checked-in]")).ToContainTextAsync($"{investor} is checked in.");
        await CheckInElsewhereAsync(eventId, startup);
        await CheckInElsewhereAsync(eventId, researcher);
        await Expect(page.Locator("[data-testid=not-checked-in]")).ToContainTextAsync("Everyone approved is here.");
        await Expect(page.Locator("[data-testid=day-figures]")).ToContainTextAsync(new Regex(@"3\s*checked in of 3 approved"));

        await page.OpenAsync($"/events/{eventId}/manage/analytics");
        await Expect(page.Locator("[data-testid=analytics-figures]")).ToContainTextAsync("registrations");
        await page.ScreenshotAsync("65-event-analytics");

        await page.OpenAsync($"/events/{eventId}/manage/settings");
        var screenUrl = await page.Locator("#screen-url").InputValueAsync();
        Assert.Contains("/screen/", screenUrl, StringComparison.Ordinal);
        await page.ScreenshotAsync("66-event-settings");

        // The venue's screen needs no sign-in.
        var screen = await server.NewPageAsync(1920, 1080);
        await screen.OpenAsync(new Uri(screenUrl).PathAndQuery);
        await Expect(screen.Locator("[data-testid=screen-title]")).ToHaveTextAsync("Luxembourg AI Matchmaking");
        await Expect(screen.Locator("[data-testid=screen-round]")).ToContainTextAsync("Round 1 of 2");
        await Expect(screen.Locator("[data-testid=screen-tables]")).ToContainTextAsync($"Table 3{firstPair}");
        var first = await screen.Locator("[data-testid=screen-countdown]").TextContentAsync();
        await Expect(screen.Locator("[data-testid=screen-countdown]")).Not.ToHaveTextAsync(first!, new() { Timeout = 5_000 });
        await screen.ScreenshotAsync("67-big-screen");

        await page.OpenAsync($"/events/{eventId}/print/tables");
        await Expect(page.Locator("[data-testid=print-section]").Filter(new() { HasText = "Table 3" })).ToContainTextAsync(firstPair);
        await page.ScreenshotAsync("68-print-tables");

        // The event's details stay editable while the schedule stands; its numbered tables come back as a count.
        await page.OpenAsync($"/events/{eventId}/edit");
        await Expect(page.Locator("#event-title")).ToHaveValueAsync("Luxembourg AI Matchmaking");
        await Expect(page.Locator("#event-table-count")).ToHaveValueAsync("10");
        await page.Locator("#event-title").FillAsync("Luxembourg AI Matchmaking Day");
        await page.Locator("#event-save").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith($"/events/{eventId}/manage/settings", StringComparison.Ordinal));
        await Expect(page.Locator("[data-testid=manage-title]")).ToHaveTextAsync("Luxembourg AI Matchmaking Day");
    }

    private async Task<string> CheckInCodeAsync(int eventId, string profileName)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        return await (from r in db.EventRegistrations
                      join p in db.Profiles on r.ProfileId equals p.Id
                      where r.EventId == eventId && p.Name == profileName
                      select r.CheckInCode).SingleAsync();
    }

    private async Task CheckInElsewhereAsync(int eventId, string profileName)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var organiser = await db.Users.Where(u => u.Email == "organiser@hub.demo").Select(u => u.Id).SingleAsync();
        var code = await CheckInCodeAsync(eventId, profileName);
        var done = await scope.ServiceProvider.GetRequiredService<EventDay>().CheckInByCodeAsync(organiser, eventId, code);
        Assert.True(done.Succeeded, done.Message);
    }

    /// <summary>Registers each account's first profile; returns the profiles' names.</summary>
    private async Task<(string, string, string)> RegisterAsync(int eventId, string first, string second, string third)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var registrations = scope.ServiceProvider.GetRequiredService<EventRegistrations>();
        var names = new List<string>();
        foreach (var email in new[] { first, second, third })
        {
            var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            var profile = await db.ProfileMembers.Where(m => m.UserId == userId).OrderBy(m => m.ProfileId).Select(m => m.ProfileId).FirstAsync();
            var registered = await registrations.RegisterAsync(userId, eventId, profile);
            Assert.True(registered.Succeeded, registered.Message);
            names.Add(await db.Profiles.Where(p => p.Id == profile).Select(p => p.Name).SingleAsync());
        }

        return (names[0], names[1], names[2]);
    }

    /// <summary>Two 20-minute rounds, the first started ten minutes ago; registration closed an hour ago.</summary>
    private async Task MoveTheDayToNowAsync(int eventId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<HubDbContext>();
        var organiser = await db.Users.Where(u => u.Email == "organiser@hub.demo").Select(u => u.Id).SingleAsync();
        var e = await db.Events.Include(x => x.Sessions).AsNoTracking().SingleAsync(x => x.Id == eventId);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(e.TimeZoneId);
        var now = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, zone);
        now = new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, DateTimeKind.Unspecified);
        var input = EventInput.From(e, zone);
        input.Sessions = [new SessionInput { Name = "Now", StartsAt = now.AddMinutes(-10), EndsAt = now.AddMinutes(40) }];
        input.RegistrationOpensAt = now.AddDays(-2);
        input.RegistrationClosesAt = now.AddHours(-1);
        var updated = await services.GetRequiredService<EventEditor>().UpdateAsync(organiser, eventId, input);
        Assert.True(updated.Succeeded, updated.Message);
    }
}
