using Bunit;
using Hub.Core;
using Hub.Core.Events;
using Hub.Web.Components.Pages.Events;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Hub.Web.Tests;

public sealed class EventFormTests : IAsyncLifetime
{
    private readonly BunitContext _ctx = new();
    private readonly List<EventInput> _submitted = [];
    private IOutcome _answer = Outcome.Done(7);

    public EventFormTests()
    {
        _ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        _ctx.Services.AddMudServices();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _ctx.DisposeAsync();

    private IRenderedComponent<EventForm> RenderForm(EventInput input)
    {
        _ctx.Render<MudPopoverProvider>();
        return _ctx.Render<EventForm>(p => p
            .Add(x => x.Input, input)
            .Add(x => x.OnSubmit, i =>
            {
                _submitted.Add(i);
                return Task.FromResult(_answer);
            }));
    }

    /// <summary>A morning of 20-minute meetings with 5-minute breaks: 09:00 to 12:00 holds seven of them.</summary>
    private static EventInput ValidEvent()
    {
        var day = new DateTime(2031, 5, 20, 0, 0, 0, DateTimeKind.Unspecified);
        return new EventInput
        {
            Title = "AI Matchmaking Morning",
            Venue = "House of Startups, Luxembourg",
            Sessions = [new SessionInput { Name = "Morning", StartsAt = day.AddHours(9), EndsAt = day.AddHours(12) }],
            RegistrationOpensAt = day.AddDays(-30),
            RegistrationClosesAt = day.AddDays(-2),
        };
    }

    private static void Save(IRenderedComponent<EventForm> cut) => cut.Find("#event-save").Click();

    [Fact]
    public void AnEmptyTitleAndNoPlaceShowTheirMessagesAndNothingIsSaved()
    {
        var input = ValidEvent();
        input.Title = "";
        input.Venue = "";
        var cut = RenderForm(input);

        Save(cut);

        cut.WaitForAssertion(() => Assert.Contains("Give the event a title of 3 to 120 characters.", cut.Markup, StringComparison.Ordinal));
        Assert.Contains("Say where people meet: a venue, an online link template, or both.", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(_submitted);
    }

    [Fact]
    public void ASessionEndingBeforeItStartsIsRefusedBeforeSaving()
    {
        var input = ValidEvent();
        input.Sessions[0].EndsAt = input.Sessions[0].StartsAt.AddHours(-1);
        var cut = RenderForm(input);

        Save(cut);

        cut.WaitForAssertion(() => Assert.Contains("Session 1 must end after it starts.", cut.Markup, StringComparison.Ordinal));
        Assert.Empty(_submitted);
    }

    [Fact]
    public void RegistrationClosingAfterTheFirstSessionIsShownUnderTheRegistrationDates()
    {
        var input = ValidEvent();
        input.RegistrationClosesAt = input.Sessions[0].StartsAt.AddHours(1);
        var cut = RenderForm(input);

        Save(cut);

        cut.WaitForAssertion(() => Assert.Contains("Registration must close before the first session starts.", cut.Markup, StringComparison.Ordinal));
        Assert.Empty(_submitted);
    }

    [Fact]
    public void AnHttpLinkTemplateShowsItsMessageAsSoonAsItIsTyped()
    {
        var cut = RenderForm(ValidEvent());

        cut.Find("#event-link").Input("http://meet.example.org/{table}");

        cut.WaitForAssertion(() => Assert.Contains("The online link must be an https:// address", cut.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public void ShowsTheSlotsThatFitAndTheSuggestedTables()
    {
        var cut = RenderForm(ValidEvent());

        Assert.Contains("7 meeting slots fit", cut.Find("[data-testid=slot-count]").TextContent, StringComparison.Ordinal);
        // 40 people, each with up to 7 meetings in 7 slots: 20 meetings a slot, plus 15 % spare.
        Assert.Contains("Suggested: 23 tables for 40 expected participants", cut.Find("[data-testid=suggested-tables]").TextContent, StringComparison.Ordinal);

        cut.Find("#event-meeting-minutes").Input("40");

        cut.WaitForAssertion(() => Assert.Contains("4 meeting slots fit", cut.Find("[data-testid=slot-count]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void AValidEventIsSavedAndTheServersFieldMessageIsShownWhenItIsRefused()
    {
        _answer = Outcome.Invalid("Venue", "That venue is closed on the day.");
        var cut = RenderForm(ValidEvent());

        Save(cut);

        cut.WaitForAssertion(() => Assert.Single(_submitted));
        cut.WaitForAssertion(() => Assert.Contains("That venue is closed on the day.", cut.Markup, StringComparison.Ordinal));
    }
}
