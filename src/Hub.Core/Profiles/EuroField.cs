using System.Linq.Expressions;

namespace Hub.Core.Profiles;

/// <summary>An amount in euros (never negative), edited with a number box and shown compactly (€1.2M).</summary>
public sealed class EuroField(ProfileKind kind, Expression<Func<KindDetails, long?>> property)
    : ProfileField<long?>(kind, property)
{
    /// <summary>The largest amount the box lets the user enter, if any (the validator has the last word).</summary>
    public long? Max { get; init; }

    public override bool IsMultipleChoice => false;

    public override TResult Accept<TResult>(IProfileFieldVisitor<TResult> visitor) => visitor.VisitEuros(this);

    private protected override string InWords(long? value) => Labels.Euros(value);
}
