using System.Globalization;
using System.Linq.Expressions;

namespace Hub.Core.Profiles;

/// <summary>A whole number (a year, a head count, a level), edited with a number box.</summary>
public sealed class WholeNumberField(ProfileKind kind, Expression<Func<KindDetails, int?>> property)
    : ProfileField<int?>(kind, property)
{
    /// <summary>The smallest number the box lets the user enter, if any (the validator has the last word).</summary>
    public int? Min { get; init; }

    /// <summary>The largest number the box lets the user enter, if any.</summary>
    public int? Max { get; init; }

    /// <summary>The number in words on the profile page; by default the number itself.</summary>
    public Func<int, string> Describe { get; init; } = n => n.ToString(CultureInfo.InvariantCulture);

    public override bool IsMultipleChoice => false;

    public override TResult Accept<TResult>(IProfileFieldVisitor<TResult> visitor) => visitor.VisitWholeNumber(this);

    private protected override string InWords(int? value) => Describe(value!.Value);
}
