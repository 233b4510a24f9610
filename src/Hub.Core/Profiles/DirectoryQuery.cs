namespace Hub.Core.Profiles;

/// <summary>A directory search: every filter is optional; an empty query lists everyone.</summary>
public sealed record DirectoryQuery
{
    public string? Text { get; init; }

    public IReadOnlyCollection<ProfileKind> Kinds { get; init; } = [];

    public IReadOnlyCollection<string> TagSlugs { get; init; } = [];

    public string? Country { get; init; }

    public Stages? Stage { get; init; }

    /// <summary>With <see cref="TicketMaxEur"/>: investors whose ticket range overlaps it, startups whose raise falls in it.</summary>
    public long? TicketMinEur { get; init; }

    public long? TicketMaxEur { get; init; }

    public Intent Seeks { get; init; }

    /// <summary>Who reads the results: cards and figure filters respect what they may see. Null when signed out.</summary>
    public string? ViewerUserId { get; init; }

    public DirectorySort Sort { get; init; } = DirectorySort.Relevance;

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;
}
