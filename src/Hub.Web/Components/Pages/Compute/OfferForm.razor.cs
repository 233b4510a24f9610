using Hub.Core;
using Hub.Core.Compute;
using Hub.Core.Profiles;
using Hub.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Hub.Web.Components.Pages.Compute;

/// <summary>
/// The provider's offer form. Every change is checked with <see cref="ComputeOfferInput.Validate"/>, the rule the server
/// runs before saving; a field's message shows once the field was changed or a save was tried, and the server's own
/// field messages replace them after a refused save. Only the fields the chosen access mode needs are shown.
/// </summary>
public partial class OfferForm
{
    public OfferForm() => _messages = new(() => ComputeOfferInput.Validate(Input, Today));

    /// <summary>Countries a provider's data can stay in, by name.</summary>
    internal static readonly IReadOnlyList<KeyValuePair<string, string>> Residencies = [.. Countries.Names.OrderBy(c => c.Value, StringComparer.Ordinal)];

    /// <summary>The values being edited; the form changes this object in place.</summary>
    [Parameter, EditorRequired] public ComputeOfferInput Input { get; set; } = new();

    /// <summary>
    /// Today, for a new offer: its window and at least one cut-off must lie ahead. Null for an edit, which keeps its past.
    /// </summary>
    [Parameter] public DateOnly? Today { get; set; }

    /// <summary>Label of the save button.</summary>
    [Parameter] public string SubmitLabel { get; set; } = "Save offer";

    /// <summary>Saves the input; the form shows the returned field messages if it was refused.</summary>
    [Parameter, EditorRequired] public Func<ComputeOfferInput, Task<IOutcome>> OnSubmit { get; set; } = default!;

    private MudForm? _form;
    private readonly FieldMessages _messages;
    private string _certification = "";

    protected override void OnParametersSet() => _messages.Refresh();

    /// <summary>The message to show for a field now: the server's, else the rule's once the field was changed or a save tried.</summary>
    internal string? ErrorFor(string field) => _messages.ErrorFor(field);

    // MudForm asks this for every field with a For expression.
    private Func<object, string, Task<IEnumerable<string>>> ValidateValue => _messages.Validation;

    private void Changed(string field) => _messages.Changed(field);

    private static DateTime? AsDate(DateOnly day) => day.ToDateTime(TimeOnly.MinValue);

    private void SetFrom(DateTime? date)
    {
        if (date is { } d)
        {
            Input.AvailableFrom = DateOnly.FromDateTime(d);
        }

        // Both ends of the window are checked together, and the cut-offs against its end.
        Changed(nameof(ComputeOfferInput.AvailableUntil));
    }

    private void SetUntil(DateTime? date)
    {
        if (date is { } d)
        {
            Input.AvailableUntil = DateOnly.FromDateTime(d);
        }

        Changed(nameof(ComputeOfferInput.AvailableUntil));
        Changed(nameof(ComputeOfferInput.CutOffs));
    }

    private void SetMode(AccessMode mode)
    {
        Input.AccessMode = mode;
        Changed(nameof(ComputeOfferInput.AccessMode));
        // The fields of the other modes leave the form: their messages go too, until they come back.
        foreach (var field in new[] { nameof(ComputeOfferInput.CutOffs), nameof(ComputeOfferInput.MaxHoursPerMonth), nameof(ComputeOfferInput.PricePerGpuHourEur) })
        {
            _messages.Forget(field);
        }
    }

    private void AddCutOff()
    {
        var last = Input.CutOffs.Count == 0 ? (Today ?? Input.AvailableFrom).AddMonths(1) : Input.CutOffs.Max().AddMonths(3);
        Input.CutOffs.Add(last);
        Changed(nameof(ComputeOfferInput.CutOffs));
    }

    private void SetCutOff(int index, DateTime? date)
    {
        if (date is { } d && index < Input.CutOffs.Count)
        {
            Input.CutOffs[index] = DateOnly.FromDateTime(d);
        }

        Changed(nameof(ComputeOfferInput.CutOffs));
    }

    private void RemoveCutOff(int index)
    {
        Input.CutOffs.RemoveAt(index);
        Changed(nameof(ComputeOfferInput.CutOffs));
    }

    private void SetKind(ProfileKind kind, bool allowed)
    {
        Input.EligibleKinds.Remove(kind);
        if (allowed)
        {
            Input.EligibleKinds.Add(kind);
        }

        Changed(nameof(ComputeOfferInput.EligibleKinds));
    }

    private void SetRisk(AiRiskClass risk, bool accepted)
    {
        Input.AcceptedRiskClasses.Remove(risk);
        if (accepted)
        {
            Input.AcceptedRiskClasses.Add(risk);
        }

        Changed(nameof(ComputeOfferInput.AcceptedRiskClasses));
    }

    private void AddCertification()
    {
        var name = _certification.Trim();
        if (name.Length > 0 && !Input.Certifications.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            Input.Certifications.Add(name);
        }

        _certification = "";
        Changed(nameof(ComputeOfferInput.Certifications));
    }

    private void OnCertificationKey(Microsoft.AspNetCore.Components.Web.KeyboardEventArgs e)
    {
        if (e.Key == "Enter")
        {
            AddCertification();
        }
    }

    private void RemoveCertification(string name)
    {
        Input.Certifications.Remove(name);
        Changed(nameof(ComputeOfferInput.Certifications));
    }

    private void AddQuestion()
    {
        Input.Questions.Add("");
        Changed(nameof(ComputeOfferInput.Questions));
    }

    private void SetQuestion(int index, string? text)
    {
        if (index < Input.Questions.Count)
        {
            Input.Questions[index] = text ?? "";
        }

        Changed(nameof(ComputeOfferInput.Questions));
    }

    private void RemoveQuestion(int index)
    {
        Input.Questions.RemoveAt(index);
        Changed(nameof(ComputeOfferInput.Questions));
    }

    private async Task SaveAsync() => await _messages.SubmitAsync(_form, () => OnSubmit(Input));
}
