using System.Text;
using System.Text.RegularExpressions;
using Hub.Core.Data;
using Hub.Core.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Profiles;

public enum DirectorySort
{
    Relevance = 0,
    Name = 1,
    Newest = 2,
}

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

    public DirectorySort Sort { get; init; } = DirectorySort.Relevance;

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;
}

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
    IReadOnlyList<string> Tags);

public sealed record DirectoryPage(IReadOnlyList<ProfileCard> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}

/// <summary>One row of the full-text index: the profile it points to and its BM25 rank (lower is better).</summary>
public sealed record TextMatch(int ProfileId, double Rank);

/// <summary>
/// Server-side directory search. Filters compose into a single SQL query; free text goes through SQLite's FTS5 index
/// (see the InitialSchema migration) so that search stays fast at 100,000 profiles.
/// </summary>
public sealed partial class ProfileDirectory(HubDbContext db)
{
    public const int MaxPageSize = 100;

    public async Task<DirectoryPage> SearchAsync(DirectoryQuery query, CancellationToken ct = default)
    {
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var page = Math.Max(1, query.Page);
        var profiles = db.Profiles.AsNoTracking();

        if (query.Kinds.Count > 0)
        {
            var kinds = query.Kinds.ToArray();
            profiles = profiles.Where(p => kinds.Contains(p.Kind));
        }

        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            var country = query.Country.Trim().ToUpperInvariant();
            profiles = profiles.Where(p => p.Country == country);
        }

        if (query.Stage is { } stage && stage != Stages.None)
        {
            profiles = profiles.Where(p => p.Stage == stage || (p.InvestorStages & stage) != 0);
        }

        if (query.TicketMinEur is not null || query.TicketMaxEur is not null)
        {
            var min = query.TicketMinEur ?? 0;
            var max = query.TicketMaxEur ?? long.MaxValue;
            profiles = profiles.Where(p =>
                (p.Kind == ProfileKind.Investor && p.TicketMinEur <= max && p.TicketMaxEur >= min) ||
                (p.Kind == ProfileKind.Startup && p.RaiseTargetEur >= min && p.RaiseTargetEur <= max));
        }

        if (query.Seeks != Intent.None)
        {
            var seeks = query.Seeks;
            profiles = profiles.Where(p => (p.Seeks & seeks) != 0);
        }

        if (query.TagSlugs.Count > 0)
        {
            var slugs = query.TagSlugs.ToArray();
            var tags = await db.Tags.AsNoTracking().Where(t => slugs.Contains(t.Slug)).ToListAsync(ct);
            // Within a facet any selected tag matches; across facets all must match (sector AND technology).
            foreach (var facet in tags.GroupBy(t => t.Facet))
            {
                var tagIds = facet.Select(t => t.Id).ToArray();
                profiles = profiles.Where(p => p.Tags.Any(t => tagIds.Contains(t.Id)));
            }

            if (tags.Count == 0)
            {
                return new DirectoryPage([], 0, page, pageSize);
            }
        }

        var ftsQuery = ToFtsQuery(query.Text);
        IQueryable<ProfileCardRow> rows;
        if (ftsQuery is null)
        {
            rows = profiles.Select(p => new ProfileCardRow { Profile = p, Rank = 0 });
        }
        else
        {
            var matches = db.Database.SqlQuery<TextMatch>(
                $"SELECT rowid AS ProfileId, bm25(ProfileSearch, 10.0, 4.0, 1.0, 3.0) AS Rank FROM ProfileSearch WHERE ProfileSearch MATCH {ftsQuery}");
            rows = profiles.Join(matches, p => p.Id, m => m.ProfileId, (p, m) => new ProfileCardRow { Profile = p, Rank = m.Rank });
        }

        var total = await rows.CountAsync(ct);
        rows = query.Sort switch
        {
            DirectorySort.Name => rows.OrderBy(r => r.Profile.Name).ThenBy(r => r.Profile.Id),
            DirectorySort.Newest => rows.OrderByDescending(r => r.Profile.CreatedAt).ThenByDescending(r => r.Profile.Id),
            _ when ftsQuery is not null => rows.OrderBy(r => r.Rank).ThenBy(r => r.Profile.Id),
            _ => rows.OrderBy(r => r.Profile.Name).ThenBy(r => r.Profile.Id),
        };

        // Two steps: the page of ids (cheap, uses the sort index or the FTS rank), then the cards with their tags.
        var ids = await rows.Skip((page - 1) * pageSize).Take(pageSize).Select(r => r.Profile.Id).ToListAsync(ct);
        var cards = await db.Profiles.AsNoTracking()
            .Where(p => ids.Contains(p.Id))
            .Select(p => new ProfileCard(
                p.Id, p.Kind, p.Name, p.Headline, p.Country, p.City, p.LogoUrl, p.Stage, p.RaiseTargetEur, p.TicketMinEur, p.TicketMaxEur,
                p.Institution ?? p.Industry,
                p.Tags.OrderBy(t => t.Facet).ThenBy(t => t.Name).Select(t => t.Name).Take(6).ToList()))
            .ToDictionaryAsync(c => c.Id, ct);
        var items = ids.Where(cards.ContainsKey).Select(id => cards[id]).ToList();

        return new DirectoryPage(items, total, page, pageSize);
    }

    /// <summary>
    /// Turns what a person typed into a safe FTS5 query: words only, each quoted, the last one as a prefix, so that
    /// operators, quotes and punctuation in the input can never break the query.
    /// </summary>
    public static string? ToFtsQuery(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = Words().Matches(text).Select(m => m.Value).Take(8).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var sb = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            sb.Append('"').Append(words[i]).Append('"');
            if (i == words.Count - 1 && words[i].Length >= 2)
            {
                sb.Append('*');
            }
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();

    private sealed class ProfileCardRow
    {
        public required Profile Profile { get; init; }

        public double Rank { get; init; }
    }

    /// <summary>The taxonomy, grouped for filter pickers.</summary>
    public async Task<IReadOnlyList<Tag>> TaxonomyAsync(CancellationToken ct = default) =>
        await db.Tags.AsNoTracking().OrderBy(t => t.Facet).ThenBy(t => t.Name).ToListAsync(ct);
}
