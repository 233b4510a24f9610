using Hub.Core;
using Hub.Core.Compute;
using Hub.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Hub.Web.Components.Pages.Compute;

/// <summary>
/// The application for an offer's hours: a short project scope, the hours and months, the provider's questions and the
/// AI Act self-assessment. Every change is checked with <see cref="ComputeApplicationInput.Validate"/>, the rule the
/// server runs before saving; a field's message shows once the field was changed or a submit was tried, and the server's
/// own messages replace them after a refused submit. A refusal that belongs to no field (the offer is full, the profile
/// may not apply) is shown above the form.
/// </summary>
public partial class ApplicationForm
{
    public ApplicationForm() => _messages = new(() => Validate());

    // Fields the form shows; the server's messages for any other field are shown above the form.
    private static readonly HashSet<string> FieldKeys =
    [
        nameof(ComputeApplicationInput.Objective), nameof(ComputeApplicationInput.DataDescription), nameof(ComputeApplicationInput.TeamExperience),
        nameof(ComputeApplicationInput.HoursPerMonth), nameof(ComputeApplicationInput.FirstMonth), nameof(ComputeApplicationInput.LastMonth),
        nameof(ComputeApplicationInput.LongestJobHours),
    ];

    /// <summary>The values being edited; the form changes this object in place.</summary>
    [Parameter, EditorRequired] public ComputeApplicationInput Input { get; set; } = new();

    /// <summary>The offer applied to: its limits, window and questions shape the form.</summary>
    [Parameter, EditorRequired] public ComputeOffer Offer { get; set; } = default!;

    /// <summary>The first day of the current month: months before it can't be asked for.</summary>
    [Parameter, EditorRequired] public DateOnly ThisMonth { get; set; }

    /// <summary>Label of the submit button.</summary>
    [Parameter] public string SubmitLabel { get; set; } = "Submit the application";

    /// <summary>Submits the input; the form shows the returned messages if it was refused.</summary>
    [Parameter, EditorRequired] public Func<ComputeApplicationInput, Task<IOutcome>> OnSubmit { get; set; } = default!;

    private MudForm? _form;
    private readonly FieldMessages _messages;
    private string? _refusal;

    /// <summary>The first month that can still be asked for: this month, or the window's start if it lies ahead.</summary>
    private DateOnly Opens => Offer.Months.First > ThisMonth ? Offer.Months.First : ThisMonth;

    /// <summary>The months to choose from, plus the ones already chosen (so an old choice still shows, with its message).</summary>
    private IReadOnlyList<DateOnly> MonthChoices =>
        [.. ComputeMonths.Range(Opens, Offer.Months.Last).Union([ComputeMonths.Of(Input.FirstMonth), ComputeMonths.Of(Input.LastMonth)])
            .Where(m => m != default).Order()];

    private RiskAssessment Risk => RiskAssessment.Of(Input.RiskFactors);

    private EligibilityFinding RiskFinding => Eligibility.RiskFinding(Offer, Risk.Class);

    private int Months => Input.LastMonth >= Input.FirstMonth ? ComputeMonths.Count(Input.FirstMonth, Input.LastMonth) : 0;

    private long TotalHours => (long)Math.Max(0, Input.HoursPerMonth) * Months;

    private string HoursLimit => Offer.MaxHoursPerMonth is { } max
        ? $"This offer gives at most {ComputeLabels.Hours(max)} GPU-hours a month to one application."
        : $"The whole offer holds {ComputeLabels.Hours(Offer.GpuHoursPerMonth)} GPU-hours a month.";

    private string WindowNote => Opens > Offer.Months.Last
        ? "The offer's availability window is over."
        : $"The offer has hours from {ComputeMonths.Label(Opens)} to {ComputeMonths.Label(Offer.Months.Last)}.";

    private string JobLimit => Offer.MaxJobHours is { } limit
        ? $"Jobs on this offer run at most {ComputeLabels.Hours(limit)} hours; leave empty if you don't know yet."
        : "This offer sets no limit on the length of a job; leave empty if you don't know yet.";

    protected override void OnParametersSet()
    {
        // One answer per question of the offer, in the same order.
        while (Input.Answers.Count < Offer.Questions.Count)
        {
            Input.Answers.Add("");
        }

        if (Input.Answers.Count > Offer.Questions.Count)
        {
            Input.Answers.RemoveRange(Offer.Questions.Count, Input.Answers.Count - Offer.Questions.Count);
        }

    }

    private Dictionary<string, string[]> Validate() => ComputeApplicationInput.Validate(Input, Offer, ThisMonth);

    /// <summary>The message to show for a field now: the server's, else the rule's once the field was changed or a submit tried.</summary>
    internal string? ErrorFor(string field) => _messages.ErrorFor(field);

    /// <summary>The server's messages for things the form has no field for (the profile, the need).</summary>
    private IEnumerable<string> OtherErrors => _messages.Server
        .Where(e => !FieldKeys.Contains(e.Key) && !e.Key.StartsWith("Answers[", StringComparison.Ordinal))
        .SelectMany(e => e.Value);

    // MudForm asks this for every field with a For expression.
    private Func<object, string, Task<IEnumerable<string>>> ValidateValue => _messages.Validation;

    private void Changed(string field)
    {
        _messages.Changed(field);
        _refusal = null;
    }

    private static string AnswerKey(int index) => $"Answers[{index}]";

    private void SetAnswer(int index, string? text)
    {
        Input.Answers[index] = text ?? "";
        Changed(AnswerKey(index));
    }

    private void SetFirstMonth(DateOnly month)
    {
        Input.FirstMonth = month;
        // A first month after the last one moves the last along, rather than asking the applicant to fix both.
        if (Input.LastMonth < month)
        {
            Input.LastMonth = month;
        }

        Changed(nameof(ComputeApplicationInput.FirstMonth));
        Changed(nameof(ComputeApplicationInput.LastMonth));
    }

    private void SetLastMonth(DateOnly month)
    {
        Input.LastMonth = month;
        Changed(nameof(ComputeApplicationInput.FirstMonth));
        Changed(nameof(ComputeApplicationInput.LastMonth));
    }

    private bool Has(RiskFactors factor) => Input.RiskFactors.HasFlag(factor);

    private void SetFactor(RiskFactors factor, bool yes)
    {
        Input.RiskFactors = yes ? Input.RiskFactors | factor : Input.RiskFactors & ~factor;
        _refusal = null;
    }

    private async Task SubmitAsync()
    {
        _refusal = null;
        var result = await _messages.SubmitAsync(_form, () => OnSubmit(Input));
        if (result is { Succeeded: false, Status: not OutcomeStatus.Invalid })
        {
            _refusal = OutcomeFeedback.Describe(result);
        }
    }
}
