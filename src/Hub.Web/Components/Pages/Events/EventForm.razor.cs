using Hub.Core;
using Hub.Core.Events;
using Hub.Core.Profiles;
using Hub.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Hub.Web.Components.Pages.Events;

/// <summary>
/// The organisers' event form. Every change is checked with <see cref="EventEditor.Validate"/>, the same rules the server
/// runs before saving; a field's message shows once the field was changed or a save was tried, and the server's own
/// field messages replace them after a refused save.
/// </summary>
public partial class EventForm
{
    public EventForm() => _messages = new(() => EventEditor.Validate(Input).Errors);

    /// <summary>Time zones offered: the system's IANA ids.</summary>
    internal static readonly IReadOnlyList<string> TimeZones =
        [.. TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(id => id.Contains('/', StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    /// <summary>The values being edited; the form changes this object in place.</summary>
    [Parameter, EditorRequired] public EventInput Input { get; set; } = new();

    /// <summary>Label of the save button.</summary>
    [Parameter] public string SubmitLabel { get; set; } = "Save event";

    /// <summary>Saves the input; the form shows the returned field messages if it was refused.</summary>
    [Parameter, EditorRequired] public Func<EventInput, Task<IOutcome>> OnSubmit { get; set; } = default!;

    private MudForm? _form;
    private readonly FieldMessages _messages;
    private bool _namedTables;
    private int _expected = 40;

    protected override void OnParametersSet()
    {
        _namedTables = !string.IsNullOrWhiteSpace(Input.TableNames);
    }

    private int SlotCount => EventPlanning.Slots(Input.Sessions.Select(s => (s.StartsAt, s.EndsAt)), Input.MeetingMinutes, Input.BreakMinutes).Count;

    private int TableTotal => _namedTables
        ? Input.TableNames.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).Count()
        : Input.TableCount;

    private int Suggested => EventPlanning.SuggestedTables(_expected, Input.MaxMeetingsPerParticipant, SlotCount);

    /// <summary>The message to show for a field now: the server's, else the rules' once the field was changed or a save tried.</summary>
    internal string? ErrorFor(string field) => _messages.ErrorFor(field);

    // MudForm asks this for every field with a For expression.
    private Func<object, string, Task<IEnumerable<string>>> ValidateValue => _messages.Validation;

    private void Changed(string field) => _messages.Changed(field);

    private void SetTimeZone(string? zone)
    {
        Input.TimeZoneId = zone ?? "";
        Changed(nameof(EventInput.TimeZoneId));
    }

    private static Task<IEnumerable<string>> SearchZones(string? text, CancellationToken ct) =>
        Task.FromResult(string.IsNullOrWhiteSpace(text)
            ? TimeZones.Take(50)
            : TimeZones.Where(z => z.Contains(text.Trim().Replace(' ', '_'), StringComparison.OrdinalIgnoreCase)).Take(50));

    private void SetKinds(IReadOnlyCollection<ProfileKind>? kinds)
    {
        Input.AllowedKinds = [.. kinds ?? []];
        Changed(nameof(EventInput.AllowedKinds));
    }

    private void SetNamedTables(bool named)
    {
        _namedTables = named;
        if (!named)
        {
            Input.TableNames = "";
        }

        Changed(nameof(EventInput.TableCount));
    }

    private void UseSuggestion()
    {
        _namedTables = false;
        Input.TableNames = "";
        Input.TableCount = Suggested;
        Changed(nameof(EventInput.TableCount));
    }

    private void AddSession()
    {
        var last = Input.Sessions.OrderBy(s => s.StartsAt).LastOrDefault();
        var day = last is null ? DateTime.Today.AddDays(14) : last.StartsAt.Date.AddDays(1);
        Input.Sessions.Add(new SessionInput { Name = $"Session {Input.Sessions.Count + 1}", StartsAt = day.AddHours(9), EndsAt = day.AddHours(12) });
        Changed(nameof(EventInput.Sessions));
    }

    private void RemoveSession(SessionInput session)
    {
        Input.Sessions.Remove(session);
        Changed(nameof(EventInput.Sessions));
    }

    private void SetSessionDate(SessionInput session, DateTime? date)
    {
        if (date is { } d)
        {
            session.StartsAt = d.Date + session.StartsAt.TimeOfDay;
            session.EndsAt = d.Date + session.EndsAt.TimeOfDay;
        }

        Changed(nameof(EventInput.Sessions));
    }

    private void SetSessionStart(SessionInput session, TimeSpan? time)
    {
        if (time is { } t)
        {
            session.StartsAt = session.StartsAt.Date + t;
        }

        Changed(nameof(EventInput.Sessions));
    }

    private void SetSessionEnd(SessionInput session, TimeSpan? time)
    {
        if (time is { } t)
        {
            session.EndsAt = session.StartsAt.Date + t;
        }

        Changed(nameof(EventInput.Sessions));
    }

    private void SetOpensDate(DateTime? date) => SetRegistration(() => Input.RegistrationOpensAt = WithDate(Input.RegistrationOpensAt, date));

    private void SetOpensTime(TimeSpan? time) => SetRegistration(() => Input.RegistrationOpensAt = WithTime(Input.RegistrationOpensAt, time));

    private void SetClosesDate(DateTime? date) => SetRegistration(() => Input.RegistrationClosesAt = WithDate(Input.RegistrationClosesAt, date));

    private void SetClosesTime(TimeSpan? time) => SetRegistration(() => Input.RegistrationClosesAt = WithTime(Input.RegistrationClosesAt, time));

    /// <summary>Both ends of the window are checked together, so either change shows the closing field's message.</summary>
    private void SetRegistration(Action change)
    {
        change();
        Changed(nameof(EventInput.RegistrationClosesAt));
    }

    /// <summary>The picker gives a date or a time of day; the other half of the value stays as it was (a cleared picker changes nothing).</summary>
    private static DateTime WithDate(DateTime value, DateTime? date) => date is { } d ? d.Date + value.TimeOfDay : value;

    private static DateTime WithTime(DateTime value, TimeSpan? time) => time is { } t ? value.Date + t : value;

    private async Task SaveAsync() => await _messages.SubmitAsync(_form, () => OnSubmit(Input));
}
