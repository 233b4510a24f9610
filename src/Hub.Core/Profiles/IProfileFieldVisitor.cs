namespace Hub.Core.Profiles;

/// <summary>
/// Does something with a <see cref="ProfileField"/> knowing its value type; one method per kind of input. The form
/// implements it to render each field's input without a list of fields of its own.
/// </summary>
public interface IProfileFieldVisitor<out TResult>
{
    TResult VisitChoice<TEnum>(ChoiceField<TEnum> field) where TEnum : struct, Enum;

    TResult VisitFlags<TEnum>(FlagsField<TEnum> field) where TEnum : struct, Enum;

    TResult VisitWholeNumber(WholeNumberField field);

    TResult VisitEuros(EuroField field);

    TResult VisitText(TextField field);

    TResult VisitList(ListField field);
}
