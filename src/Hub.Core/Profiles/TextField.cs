using System.Linq.Expressions;

namespace Hub.Core.Profiles;

/// <summary>A short line of text (a name, a field of research), stored trimmed; its length limit is the column's too.</summary>
public sealed class TextField(ProfileKind kind, Expression<Func<KindDetails, string?>> property)
    : ProfileField<string?>(kind, property)
{
    public int MaxLength { get; init; } = ProfileLimits.ShortText;

    public override bool IsMultipleChoice => false;

    public override TResult Accept<TResult>(IProfileFieldVisitor<TResult> visitor) => visitor.VisitText(this);

    private protected override string InWords(string? value) => value!;

    private protected override string? Tidy(string? value) => value?.Trim();
}
