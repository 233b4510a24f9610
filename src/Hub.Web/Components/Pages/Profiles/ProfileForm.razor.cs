using FluentValidation.Results;
using Hub.Core;
using Hub.Core.Profiles;
using Hub.Core.Taxonomy;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Hub.Web.Components.Pages.Profiles;

/// <summary>
/// The profile wizard: basics, place, focus, kind-specific details, review. Each step is checked with the same
/// <see cref="ProfileInputValidator"/> the server runs before saving; server errors are shown on the step they belong to.
/// </summary>
public partial class ProfileForm
{
    private static readonly ProfileInputValidator Validator = new();

    internal static readonly string[] StepTitles = ["Basics", "Where", "Focus", "Details", "Review"];

    // Which step shows which property, so an error can send the user to the right place.
    private static readonly Dictionary<string, int> StepOf = new()
    {
        [nameof(ProfileInput.Kind)] = 0, [nameof(ProfileInput.Name)] = 0, [nameof(ProfileInput.Headline)] = 0,
        [nameof(ProfileInput.Description)] = 0,
        [nameof(ProfileInput.Country)] = 1, [nameof(ProfileInput.City)] = 1, [nameof(ProfileInput.Website)] = 1,
        [nameof(ProfileInput.Offers)] = 2, [nameof(ProfileInput.Seeks)] = 2, [nameof(ProfileInput.TagSlugs)] = 2,
        [nameof(ProfileInput.Visibility)] = 4,
    };

    /// <summary>The values being edited; the form changes this object in place.</summary>
    [Parameter, EditorRequired] public ProfileInput Input { get; set; } = new();

    /// <summary>The controlled taxonomy to pick tags from.</summary>
    [Parameter, EditorRequired] public IReadOnlyList<Tag> Taxonomy { get; set; } = [];

    /// <summary>Whether the kind can still be chosen (only when creating).</summary>
    [Parameter] public bool CanChangeKind { get; set; } = true;

    /// <summary>Label of the final button.</summary>
    [Parameter] public string SubmitLabel { get; set; } = "Save profile";

    /// <summary>Saves the input; the form shows the returned field errors if it was refused.</summary>
    [Parameter, EditorRequired] public Func<ProfileInput, Task<Outcome<int>>> OnSubmit { get; set; } = default!;

    private MudForm? _form;
    private int _step;
    private bool _saving;
    private Dictionary<string, string[]> _errors = [];

    private static Func<object, string, Task<IEnumerable<string>>> ValidateValue => Validator.ValidateValue;

    private string? ErrorFor(string property) => _errors.TryGetValue(property, out var messages) ? messages[0] : null;

    private List<string> SelectedTags(TagFacet facet) =>
        Input.TagSlugs.Where(s => Taxonomy.Any(t => t.Slug == s && t.Facet == facet)).ToList();

    private void SetTags(TagFacet facet, IEnumerable<string>? slugs)
    {
        Input.TagSlugs = Input.TagSlugs.Where(s => !Taxonomy.Any(t => t.Slug == s && t.Facet == facet))
            .Concat(slugs ?? []).Distinct().ToList();
        _errors.Remove(nameof(ProfileInput.TagSlugs));
    }

    private static List<T> Split<T>(T flags) where T : struct, Enum => Labels.Each(flags).ToList();

    private static T Join<T>(IReadOnlyCollection<T>? values) where T : struct, Enum =>
        (T)Enum.ToObject(typeof(T), (values ?? []).Aggregate(0L, (acc, v) => acc | Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)));

    private void SetOffers(IReadOnlyCollection<Intent>? values)
    {
        Input.Offers = Join(values);
        _errors.Remove(nameof(ProfileInput.Seeks));
    }

    private void SetSeeks(IReadOnlyCollection<Intent>? values)
    {
        Input.Seeks = Join(values);
        _errors.Remove(nameof(ProfileInput.Seeks));
    }

    private void SetKind(ProfileKind kind)
    {
        Input.Kind = kind;
        _errors.Clear();
    }

    /// <summary>Checks the current step: MudBlazor shows field messages; the rest (chips, pickers) come from the validator.</summary>
    private async Task<bool> ValidateStepAsync()
    {
        if (_form is not null)
        {
            await _form.ValidateAsync();
        }

        var result = await Validator.ValidateAsync(Input);
        _errors = Group(result.Errors.Where(e => StepFor(e.PropertyName) == _step));
        return (_form?.IsValid ?? true) && _errors.Count == 0;
    }

    private static Dictionary<string, string[]> Group(IEnumerable<ValidationFailure> failures) =>
        failures.GroupBy(f => RootProperty(f.PropertyName)).ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).ToArray());

    private static string RootProperty(string propertyName)
    {
        var bracket = propertyName.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? propertyName : propertyName[..bracket];
    }

    private static int StepFor(string propertyName) => StepOf.TryGetValue(RootProperty(propertyName), out var step) ? step : 3;

    private async Task NextAsync()
    {
        if (await ValidateStepAsync())
        {
            _step = Math.Min(_step + 1, StepTitles.Length - 1);
        }
    }

    private void Back()
    {
        _errors.Clear();
        _step = Math.Max(0, _step - 1);
    }

    private async Task GoToAsync(int step)
    {
        // Going back is always allowed; going forward only through valid steps.
        while (_step < step)
        {
            if (!await ValidateStepAsync())
            {
                return;
            }

            _step++;
        }

        if (step < _step)
        {
            _errors.Clear();
            _step = step;
        }
    }

    private async Task SaveAsync()
    {
        _saving = true;
        try
        {
            var result = await OnSubmit(Input);
            if (result.Status == OutcomeStatus.Invalid)
            {
                _errors = result.Errors.ToDictionary(e => RootProperty(e.Key), e => e.Value);
                _step = _errors.Keys.Select(StepFor).DefaultIfEmpty(0).Min();
            }
        }
        finally
        {
            _saving = false;
        }
    }
}
