using Hub.Core;
using Hub.Core.Compute;
using Hub.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Hub.Web.Components.Pages.Compute;

/// <summary>
/// The form describing a compute need. Every change is checked with <see cref="ComputeNeedInput.Validate"/>, the rule the
/// server runs before saving; a field's message shows once the field was changed or a save was tried, and the server's
/// own field messages replace them after a refused save. Months are picked as months: any day chosen counts as its month.
/// </summary>
public partial class NeedForm
{
    public NeedForm() => _messages = new(() => ComputeNeedInput.Validate(Input, ThisMonth));

    /// <summary>The values being edited; the form changes this object in place.</summary>
    [Parameter, EditorRequired] public ComputeNeedInput Input { get; set; } = new();

    /// <summary>This month, for a new need: its timeframe has to reach it. Null for an edit, as the server checks it then.</summary>
    [Parameter] public DateOnly? ThisMonth { get; set; }

    /// <summary>Label of the save button.</summary>
    [Parameter] public string SubmitLabel { get; set; } = "Save need";

    /// <summary>Saves the input; the form shows the returned field messages if it was refused.</summary>
    [Parameter, EditorRequired] public Func<ComputeNeedInput, Task<IOutcome>> OnSubmit { get; set; } = default!;

    private MudForm? _form;
    private readonly FieldMessages _messages;

    protected override void OnParametersSet() => _messages.Refresh();

    /// <summary>Months in the timeframe, when it is a valid one.</summary>
    private int? MonthCount => ComputeMonths.Of(Input.LastMonth) < ComputeMonths.Of(Input.FirstMonth)
        ? null
        : ComputeMonths.Count(ComputeMonths.Of(Input.FirstMonth), ComputeMonths.Of(Input.LastMonth));

    /// <summary>The message to show for a field now: the server's, else the rule's once the field was changed or a save tried.</summary>
    internal string? ErrorFor(string field) => _messages.ErrorFor(field);

    // MudForm asks this for every field with a For expression.
    private Func<object, string, Task<IEnumerable<string>>> ValidateValue => _messages.Validation;

    private void Changed(string field) => _messages.Changed(field);

    private static DateTime? AsDate(DateOnly month) => month.ToDateTime(TimeOnly.MinValue);

    private void SetFirst(DateTime? date)
    {
        if (date is { } d)
        {
            Input.FirstMonth = ComputeMonths.Of(DateOnly.FromDateTime(d));
        }

        // Both ends of the timeframe are checked together; the message sits under the last month.
        Changed(nameof(ComputeNeedInput.LastMonth));
    }

    private void SetLast(DateTime? date)
    {
        if (date is { } d)
        {
            Input.LastMonth = ComputeMonths.Of(DateOnly.FromDateTime(d));
        }

        Changed(nameof(ComputeNeedInput.LastMonth));
    }

    private async Task SaveAsync() => await _messages.SubmitAsync(_form, () => OnSubmit(Input));
}
