using Hub.Core.Events;
using Ical.Net;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hub.E2E;

/// <summary>
/// Two participants take part in a matchmaking event in the browser: register, are approved by the organiser, ask for and
/// accept a meeting, and see the agenda the organiser generates and publishes arrive live, then take it to their calendar.
/// </summary>
[Collection(SharedHubServer.Name)]
public class EventParticipantFlowTests(HubServer server)
{
    private const string Password = "Demo!2026hub";

    [Fact]
    public async Task ParticipantsRegisterAgreeToMeetAndSeeThePublishedAgendaLive()
    {
        var arranged = await EventArrangement.CreateAsync(server.Services, "Applied AI Investor Morning");
        var id = arranged.EventId;
        var (_, startupProfile) = await arranged.DemoAsync("startup@hub.demo");
        var (_, investorProfile) = await arranged.DemoAsync("investor@hub.demo");
        var startupName = await arranged.ProfileNameAsync(startupProfile);

        // The event is listed with its registration open; each participant registers their profile in one click.
        var startup = await server.NewPageAsync();
        await startup.SignInAsync("startup@hub.demo", Password);
        await startup.OpenAsync("/events");
        var card = startup.Locator($"[data-testid=event-card][data-event-id='{id}']");
        await Expect(card.Locator("[data-testid=registration-open]")).ToBeVisibleAsync();
        await startup.ScreenshotAsync("60-events-list");
        await card.Locator("[data-testid=event-title]").ClickAsync();
        await startup.WaitForURLAsync($"**/events/{id}");
        var mine = startup.Locator($"[data-testid=my-profile][data-profile-id='{startupProfile}']");
        await mine.Locator("[data-testid=register]").ClickAsync();
        await Expect(mine.Locator("[data-testid=registration-status]")).ToHaveTextAsync("Waiting for approval");
        await startup.ScreenshotAsync("61-event-registered");

        var investor = await server.NewPageAsync();
        await investor.SignInAsync("investor@hub.demo", Password);
        await investor.OpenAsync($"/events/{id}");
        var investorMine = investor.Locator($"[data-testid=my-profile][data-profile-id='{investorProfile}']");
        await investorMine.Locator("[data-testid=register]").ClickAsync();
        await Expect(investorMine.Locator("[data-testid=registration-status]")).ToHaveTextAsync("Waiting for approval");

        // The organiser approves both in the browser.
        var organiser = await server.NewPageAsync();
        await organiser.SignInAsync("organiser@hub.demo", Password);
        await organiser.OpenAsync($"/events/{id}/manage/registrations");
        await Expect(organiser.Locator("[data-testid=count-Pending]")).ToContainTextAsync("Pending · 2");
        await organiser.Locator("[data-testid=registrations] thead input[type=checkbox]").CheckAsync();
        await organiser.Locator("[data-testid=approve-selected]").ClickAsync();
        await Expect(organiser.Locator("[data-testid=count-Approved]")).ToContainTextAsync("Approved · 2");
        var investorRegistration = await arranged.RegistrationIdAsync(investorProfile);

        // Approved, the founder sets a goal and asks the investor for a meeting.
        await startup.ReloadAsync();
        await startup.WaitForInteractiveAsync();
        await Expect(mine.Locator("[data-testid=registration-status]")).ToHaveTextAsync("Approved");
        await mine.Locator("textarea[data-testid=goal]").FillAsync("Meet seed investors in health AI for our round.");
        await mine.Locator("[data-testid=save-participation]").ClickAsync();
        await Expect(startup.GetByText("Your goal and availability are saved.")).ToBeVisibleAsync();
        await startup.ScreenshotAsync("62-event-approved-goal");
        await mine.Locator("[data-testid=whom-to-meet]").ClickAsync();
        await startup.WaitForURLAsync(new System.Text.RegularExpressions.Regex($"/events/{id}/people\\?as=\\d+$"));
        await startup.WaitForInteractiveAsync();
        var investorCard = startup.Locator($"[data-testid=attendee][data-registration-id='{investorRegistration}']");
        await Expect(investorCard.Locator("[data-testid=reasons] li").First).ToBeVisibleAsync();
        await investorCard.Locator("[data-testid=mark-MustMeet]").ClickAsync();
        await Expect(investorCard.Locator("[data-testid=mark-MustMeet]")).ToHaveAttributeAsync("aria-pressed", "true");
        await investorCard.Locator("[data-testid=request-meeting]").ClickAsync();
        await startup.Locator("textarea[data-testid=meeting-note]").FillAsync("We would love your view on our seed round in medical imaging.");
        await startup.Locator("[data-testid=meeting-send]").ClickAsync();
        await Expect(investorCard.Locator("[data-testid=requested]")).ToBeVisibleAsync();
        await Expect(startup.Locator("[data-testid=sent-request] [data-testid=request-status]")).ToHaveTextAsync("Waiting for their answer");
        await startup.ScreenshotAsync("63-event-people-requested");

        // The investor accepts it from the top of their list.
        await investor.ReloadAsync();
        await investor.WaitForInteractiveAsync();
        await investorMine.Locator("[data-testid=whom-to-meet]").ClickAsync();
        await investor.WaitForURLAsync(new System.Text.RegularExpressions.Regex($"/events/{id}/people\\?as=\\d+$"));
        await investor.WaitForInteractiveAsync();
        var incoming = investor.Locator("[data-testid=incoming-request]");
        await Expect(incoming).ToContainTextAsync("medical imaging");
        await investor.ScreenshotAsync("64-event-incoming-request");
        await incoming.Locator("[data-testid=accept-request]").ClickAsync();
        await Expect(investor.Locator("[data-testid=incoming-request]")).ToHaveCountAsync(0);
        await Expect(investor.Locator("[data-testid=agreed]")).ToBeVisibleAsync();

        // With the agenda open, the organisers publish: the meeting appears without a reload.
        await investor.OpenAsync($"/events/{id}/agenda");
        await Expect(investor.Locator("[data-testid=agenda-unpublished]")).ToBeVisibleAsync();
        await Expect(investor.Locator("[data-testid=check-in-qr]")).ToHaveAttributeAsync("alt", new System.Text.RegularExpressions.Regex("Check-in QR code"));
        await organiser.OpenAsync($"/events/{id}/manage/schedule");
        await organiser.Locator("[data-testid=generate]").ClickAsync();
        await Expect(organiser.Locator("[data-testid=gap]")).ToContainTextAsync("of the best possible", new() { Timeout = 30_000 });
        await Expect(organiser.Locator("[data-testid=draft-meeting]")).ToHaveCountAsync(1);
        await Expect(organiser.Locator("[data-testid=draft-meeting]")).ToContainTextAsync("Requested");
        await organiser.Locator("[data-testid=publish]").ClickAsync();
        await organiser.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Expect(organiser.Locator("[data-testid=publish-result]")).ToContainTextAsync("2 participants' agendas updated");
        var meeting = investor.Locator("[data-testid=meeting]");
        await Expect(meeting.Locator("[data-testid=meeting-with]")).ToHaveTextAsync(startupName);
        await Expect(investor.GetByText("Your agenda changed")).ToBeVisibleAsync();
        await Expect(investor.Locator("[data-testid=agenda-unpublished]")).ToHaveCountAsync(0);
        await investor.ScreenshotAsync("65-agenda-published-live");

        // The calendar file downloads and parses with one entry for the meeting.
        var download = await investor.RunAndWaitForDownloadAsync(() => investor.Locator("[data-testid=download-ics]").ClickAsync());
        Assert.EndsWith(".ics", download.SuggestedFilename, StringComparison.Ordinal);
        var text = await File.ReadAllTextAsync((await download.PathAsync())!);
        var calendar = Calendar.Load(text)!;
        var entry = Assert.Single(calendar.Events);
        Assert.StartsWith("hub-meeting-", entry.Uid, StringComparison.Ordinal);
        Assert.Contains(startupName, entry.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnTheDayAParticipantGivesFeedbackOpensAConversationAndReportsANoShow()
    {
        const string founder = "startup-00120@members.hub.demo";
        var arranged = await EventArrangement.CreateAsync(server.Services, "Robotics Meetup Day");
        await arranged.RegisterAsync(founder, "company-00070@members.hub.demo");
        await arranged.ApprovePendingAsync();
        await arranged.GenerateAndPublishAsync();
        await arranged.StartTheDayAsync();

        var page = await server.NewPageAsync();
        await page.SignInAsync(founder, Password);
        await page.OpenAsync($"/events/{arranged.EventId}/agenda");
        var meeting = page.Locator("[data-testid=meeting]");
        await Expect(meeting.GetByText("Now", new() { Exact = true })).ToBeVisibleAsync();

        // Feedback: four stars and a planned follow-up.
        var feedback = meeting.Locator("[data-testid=feedback]");
        await feedback.Locator(".mud-rating-item").Nth(3).ClickAsync();
        await feedback.Locator("[data-testid=feedback-outcome]").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "A follow-up is planned" }).ClickAsync();
        await feedback.Locator("[data-testid=save-feedback]").ClickAsync();
        await Expect(page.GetByText("Thanks: your feedback teaches Hub whom to suggest next.")).ToBeVisibleAsync();
        var saved = Assert.Single(await arranged.FeedbackAsync());
        Assert.Equal((4, MeetingOutcome.FollowUpPlanned), (saved.Rating, saved.Outcome));
        await page.ScreenshotAsync("66-agenda-during-meeting");

        // The follow-up opens a conversation between the two profiles.
        await feedback.Locator("[data-testid=open-conversation]").ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/conversations/\\d+$"));

        // Back on the agenda, the founder reports that the other side did not come; nobody else is checked in to take over.
        await page.OpenAsync($"/events/{arranged.EventId}/agenda");
        await meeting.Locator("[data-testid=report-no-show]").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Report the no-show" }).ClickAsync();
        await Expect(page.GetByText("Nobody else is free in this slot.")).ToBeVisibleAsync();
        await Expect(meeting.GetByText("They did not come")).ToBeVisibleAsync();
        await Expect(meeting.Locator("[data-testid=report-no-show]")).ToHaveCountAsync(0);
        await Expect(meeting.Locator("[data-testid=feedback]")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("67-agenda-no-show");
    }
}
