using System.Linq.Expressions;

namespace Hub.Core.Profiles;

/// <summary>One value picked from an enumeration, edited with a drop-down list.</summary>
public sealed class ChoiceField<TEnum> : ProfileField<TEnum?>
    where TEnum : struct, Enum
{
    public ChoiceField(ProfileKind kind, Expression<Func<KindDetails, TEnum?>> property, Func<TEnum, string> describe)
        : base(kind, property)
    {
        Describe = describe;
    }

    /// <summary>The words for each value, as <see cref="Labels"/> has them.</summary>
    public Func<TEnum, string> Describe { get; }

    /// <summary>The values offered: every named value except None.</summary>
    public IReadOnlyList<TEnum> Options { get; } = Enum.GetValues<TEnum>().Where(v => !v.Equals(default(TEnum))).ToList();

    /// <summary>Whether the choice can be taken back (for fields the validator does not require).</summary>
    public bool Clearable { get; init; }

    public override bool IsMultipleChoice => false;

    public override TResult Accept<TResult>(IProfileFieldVisitor<TResult> visitor) => visitor.VisitChoice(this);

    private protected override string InWords(TEnum? value) => Describe(value!.Value);
}
