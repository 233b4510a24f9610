using System.Globalization;
using System.Linq.Expressions;

namespace Hub.Core.Profiles;

/// <summary>A set of values of a flags enumeration (None when nothing is picked), edited with a set of chips.</summary>
public sealed class FlagsField<TEnum> : ProfileField<TEnum>
    where TEnum : struct, Enum
{
    public FlagsField(ProfileKind kind, Expression<Func<KindDetails, TEnum>> property, Func<TEnum, string> describe)
        : base(kind, property)
    {
        Describe = describe;
        Options = Labels.Each(Combine(Enum.GetValues<TEnum>())).ToList();
    }

    /// <summary>The words for each single value, as <see cref="Labels"/> has them.</summary>
    public Func<TEnum, string> Describe { get; }

    /// <summary>The values offered: every named single flag.</summary>
    public IReadOnlyList<TEnum> Options { get; }

    public FieldTone Tone { get; init; }

    public override bool IsMultipleChoice => true;

    /// <summary>The single flags a value is made of.</summary>
    public IReadOnlyCollection<TEnum> Split(TEnum value) => Labels.Each(value).ToList();

    /// <summary>The value made of the given single flags.</summary>
    public TEnum Combine(IEnumerable<TEnum>? flags) =>
        (TEnum)Enum.ToObject(typeof(TEnum), (flags ?? []).Aggregate(0L, (all, v) => all | Bits(v)));

    public override TResult Accept<TResult>(IProfileFieldVisitor<TResult> visitor) => visitor.VisitFlags(this);

    private protected override string InWords(TEnum value) => string.Join(", ", Labels.Each(value).Select(Describe));

    private static long Bits(TEnum value) => Convert.ToInt64(value, CultureInfo.InvariantCulture);
}
