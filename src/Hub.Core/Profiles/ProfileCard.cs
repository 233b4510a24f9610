namespace Hub.Core.Profiles;

/// <summary>What a directory card shows.</summary>
public sealed record ProfileCard(
    int Id,
    ProfileKind Kind,
    string Name,
    string Headline,
    string Country,
    string City,
    string? LogoUrl,
    Stages? Stage,
    long? RaiseTargetEur,
    long? TicketMinEur,
    long? TicketMaxEur,
    string? Affiliation,
    IReadOnlyList<string> Tags)
{
    /// <summary>The fields emptied because the reader may not see them, with who may (see <see cref="FieldVisibilityRules"/>).</summary>
    public IReadOnlyDictionary<VisibleField, FieldVisibility> Hidden { get; init; } = new Dictionary<VisibleField, FieldVisibility>();
}
