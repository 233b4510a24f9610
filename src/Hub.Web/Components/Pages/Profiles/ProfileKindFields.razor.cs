using System.Linq.Expressions;
using Hub.Core.Profiles;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Hub.Web.Components.Pages.Profiles;

/// <summary>
/// The wizard's details step: the inputs for the kind-specific fields of <see cref="Input"/>'s kind, as
/// <see cref="ProfileFieldCatalogue"/> declares them. Single values sit in a grid; multiple choices follow as chip sets.
/// </summary>
public partial class ProfileKindFields : IProfileFieldVisitor<RenderFragment>
{
    private readonly Dictionary<ProfileField, LambdaExpression> _for = [];
    private ProfileInput? _forInput;

    /// <summary>The wizard's input; these fields are edited in place.</summary>
    [Parameter, EditorRequired] public ProfileInput Input { get; set; } = default!;

    /// <summary>Errors the wizard found for fields that are not MudBlazor form fields.</summary>
    [Parameter] public Dictionary<string, string[]> Errors { get; set; } = [];

    protected override void OnParametersSet()
    {
        if (!ReferenceEquals(_forInput, Input))
        {
            _for.Clear();
            _forInput = Input;
        }
    }

    /// <summary>
    /// <c>() => Input.Stage</c> for the field, as the compiler would write it: MudForm reads the property's name from it and
    /// runs the validator's rules for that property as the user types.
    /// </summary>
    private Expression<Func<T>> For<T>(ProfileField<T> field)
    {
        if (!_for.TryGetValue(field, out var lambda))
        {
            lambda = Expression.Lambda<Func<T>>(Expression.Property(Expression.Property(Expression.Constant(this), nameof(Input)), field.Name));
            _for[field] = lambda;
        }

        return (Expression<Func<T>>)lambda;
    }

    private void Pick<T>(ProfileField<T> field, T value)
    {
        field.Set(Input, value);
        Errors.Remove(field.Name);
    }

    private string? First(string property) => Errors.TryGetValue(property, out var messages) ? messages[0] : null;

    // A kind's lone single-value field (a compute provider's type) does not stretch across the form.
    private static string? StyleOf(ProfileField field) =>
        ProfileFieldCatalogue.Of(field.Kind).Count(f => !f.IsMultipleChoice) == 1 ? "max-width: 320px" : null;

    // Spin buttons help on a short range (readiness levels 1–9), not on years, head counts or amounts.
    private static bool HasSpinButtons(WholeNumberField field) => field is { Min: { } min, Max: { } max } && max - min <= 20;

    // Chips look like the form's offer and seek chips.
    private static Color ColorOf(FieldTone tone) => tone switch
    {
        FieldTone.Offered => Color.Success,
        FieldTone.Sought => Color.Primary,
        _ => Color.Default,
    };
}
