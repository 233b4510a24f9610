using System.Linq.Expressions;

namespace Hub.Core.Profiles;

/// <summary>A list of short values picked from suggestions (stored as a JSON column), edited with a set of chips.</summary>
public sealed class ListField(ProfileKind kind, Expression<Func<KindDetails, List<string>>> property, IReadOnlyList<string> options)
    : ProfileField<List<string>>(kind, property)
{
    /// <summary>The values offered, in the order shown.</summary>
    public IReadOnlyList<string> Options { get; } = options;

    /// <summary>The words for a value; by default the value itself.</summary>
    public Func<string, string> Describe { get; init; } = value => value;

    public FieldTone Tone { get; init; }

    public override bool IsMultipleChoice => true;

    public override TResult Accept<TResult>(IProfileFieldVisitor<TResult> visitor) => visitor.VisitList(this);

    private protected override string InWords(List<string> value) => string.Join(", ", value.Select(Describe));

    private protected override bool IsEmpty(List<string> value) => value.Count == 0;

    private protected override List<string> Tidy(List<string> value) =>
        value.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct().ToList();

    private protected override List<string> Duplicate(List<string> value) => [.. value];

    private protected override List<string> Empty() => [];
}
