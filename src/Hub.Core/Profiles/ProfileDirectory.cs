using System.Text;
using System.Text.RegularExpressions;
using Hub.Core.Data;
using Hub.Core.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Profiles;

/// <summary>
/// Server-side directory search. Filters compose into a single SQL query; free text goes through SQLite's FTS5 index
/// (see the ProfileFullTextSearch migration) or PostgreSQL's tsvector column with its GIN index (Hub.Data.Postgres),
/// so that search stays fast at 100,000 profiles.
/// </summary>
public sealed partial class ProfileDirectory(HubDbContext db, ProfileViewer viewer)
{
    public const int MaxPageSize = 100;

    /// <summary>Above this many text matches, "best match" falls back to name order (see <see cref="SearchAsync"/>).</summary>
    public const int RelevanceRankingLimit = 5_000;

    /// <summary>The join table between profiles and tags (a shared-type entity, see ProfileConfiguration).</summary>
    public const string ProfileTags = "ProfileTags";

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
            profiles = profiles.Where(p => (p.Kind == ProfileKind.Startup && p.Stage == stage) ||
                                           (p.Kind == ProfileKind.Investor && (p.InvestorStages & stage) != 0));
        }

        if (query.TicketMinEur is not null || query.TicketMaxEur is not null)
        {
            var min = query.TicketMinEur ?? 0;
            var max = query.TicketMaxEur ?? long.MaxValue;
            profiles = profiles.Where(p =>
                (p.Kind == ProfileKind.Investor && p.TicketMinEur <= max && p.TicketMaxEur >= min) ||
                (p.Kind == ProfileKind.Startup && p.RaiseTargetEur >= min && p.RaiseTargetEur <= max));
            profiles = FiguresVisible(profiles, string.IsNullOrEmpty(query.ViewerUserId) ? FieldVisibility.Public : FieldVisibility.Members);
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
                // Driven from the (TagId, ProfileId) index rather than probing every profile's tags.
                var tagged = db.Set<Dictionary<string, object>>(ProfileTags)
                    .Where(pt => tagIds.Contains(EF.Property<int>(pt, "TagId")))
                    .Select(pt => EF.Property<int>(pt, "ProfileId"));
                profiles = profiles.Where(p => tagged.Contains(p.Id));
            }

            if (tags.Count == 0)
            {
                return new DirectoryPage([], 0, page, pageSize);
            }
        }

        var postgres = db.Database.IsNpgsql();
        var textQuery = postgres ? ToTsQuery(query.Text) : ToFtsQuery(query.Text);
        IQueryable<ProfileCardRow> rows;
        int total;
        var rankByRelevance = false;
        if (textQuery is null)
        {
            rows = profiles.Select(p => new ProfileCardRow { Profile = p, Rank = 0 });
            total = await rows.CountAsync(ct);
        }
        else
        {
            // Count without computing the rank: ranking is the expensive part, and only the page needs it.
            var matched = postgres
                ? db.Database.SqlQuery<TextMatch>(
                    $"""SELECT "Id" AS "ProfileId", 0.0::float8 AS "Rank" FROM "Profiles" WHERE "SearchVector" @@ to_tsquery('simple', {textQuery})""")
                : db.Database.SqlQuery<TextMatch>(
                    $"SELECT rowid AS ProfileId, 0.0 AS Rank FROM ProfileSearch WHERE ProfileSearch MATCH {textQuery}");
            total = await profiles.Join(matched, p => p.Id, m => m.ProfileId, (p, m) => p.Id).CountAsync(ct);

            // A word that most profiles contain ("AI" on an AI hub) carries no relevance signal, and ranking tens of
            // thousands of matches would dominate the response time; such searches list matches by name instead.
            rankByRelevance = query.Sort == DirectorySort.Relevance && total <= RelevanceRankingLimit;
            // Lower ranks first on both: bm25 is negative for a good match, ts_rank is negated to match. The weights
            // {D, C, B, A} = Description 1, TagText 3, Headline 4, Name 10, as FTS5's column weights.
            var matches = !rankByRelevance ? matched
                : postgres
                    ? db.Database.SqlQuery<TextMatch>(
                        $"""SELECT "Id" AS "ProfileId", -ts_rank(ARRAY[0.1, 0.3, 0.4, 1.0]::float4[], "SearchVector", to_tsquery('simple', {textQuery}))::float8 AS "Rank" FROM "Profiles" WHERE "SearchVector" @@ to_tsquery('simple', {textQuery})""")
                    : db.Database.SqlQuery<TextMatch>(
                        $"SELECT rowid AS ProfileId, bm25(ProfileSearch, 10.0, 4.0, 1.0, 3.0) AS Rank FROM ProfileSearch WHERE ProfileSearch MATCH {textQuery}");
            rows = profiles.Join(matches, p => p.Id, m => m.ProfileId, (p, m) => new ProfileCardRow { Profile = p, Rank = m.Rank });
        }

        rows = query.Sort switch
        {
            DirectorySort.Name => rows.OrderBy(r => r.Profile.Name).ThenBy(r => r.Profile.Id),
            DirectorySort.Newest => rows.OrderByDescending(r => r.Profile.CreatedAt).ThenByDescending(r => r.Profile.Id),
            _ when rankByRelevance => rows.OrderBy(r => r.Rank).ThenBy(r => r.Profile.Id),
            _ => rows.OrderBy(r => r.Profile.Name).ThenBy(r => r.Profile.Id),
        };

        // Two steps: the page of ids (cheap, uses the sort index or the FTS rank), then the cards with their tags.
        var ids = await rows.Skip((page - 1) * pageSize).Take(pageSize).Select(r => r.Profile.Id).ToListAsync(ct);
        var items = await viewer.CardsForAsync(query.ViewerUserId, await UnguardedCardsAsync(ids, ct), ct);

        return new DirectoryPage(items, total, page, pageSize);
    }

    /// <summary>
    /// Only the profiles whose money figure (a startup's raise, an investor's tickets) a reader at <paramref name="level"/>
    /// may see: a range filter on a hidden figure would tell the figure by what it lets through. Introductions do not
    /// widen it, which keeps the filter one query.
    /// </summary>
    private IQueryable<Profile> FiguresVisible(IQueryable<Profile> profiles, FieldVisibility level)
    {
        var chosen = db.ProfileFieldVisibilities;
        bool DefaultShown(VisibleField f) => FieldVisibilityRules.Default(f) <= level;
        var investorsByDefault = DefaultShown(VisibleField.Tickets);
        var startupsByDefault = DefaultShown(VisibleField.RaiseTarget);
        return profiles.Where(p =>
            (p.Kind == ProfileKind.Investor && (investorsByDefault
                ? !chosen.Any(v => v.ProfileId == p.Id && v.Field == VisibleField.Tickets && v.Visibility > level)
                : chosen.Any(v => v.ProfileId == p.Id && v.Field == VisibleField.Tickets && v.Visibility <= level))) ||
            (p.Kind == ProfileKind.Startup && (startupsByDefault
                ? !chosen.Any(v => v.ProfileId == p.Id && v.Field == VisibleField.RaiseTarget && v.Visibility > level)
                : chosen.Any(v => v.ProfileId == p.Id && v.Field == VisibleField.RaiseTarget && v.Visibility <= level))));
    }

    /// <summary>
    /// The cards for the given profile ids, in that order, as a signed-out reader may see them (the safe default for
    /// callers that do not name their reader).
    /// </summary>
    public Task<IReadOnlyList<ProfileCard>> CardsAsync(IReadOnlyCollection<int> ids, CancellationToken ct = default) => CardsAsync(ids, null, ct);

    /// <summary>The cards for the given profile ids, in that order, each with its first few tags, as the reader may see them.</summary>
    public async Task<IReadOnlyList<ProfileCard>> CardsAsync(IReadOnlyCollection<int> ids, string? viewerUserId, CancellationToken ct = default) =>
        await viewer.CardsForAsync(viewerUserId, await UnguardedCardsAsync(ids, ct), ct);

    private async Task<IReadOnlyList<ProfileCard>> UnguardedCardsAsync(IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        var idArray = ids.ToArray();
        var rows = await db.Profiles.AsNoTracking()
            .Where(p => idArray.Contains(p.Id))
            .Select(p => new
            {
                p.Id, p.Kind, p.Name, p.Headline, p.Country, p.City, p.Stage, p.RaiseTargetEur, p.TicketMinEur, p.TicketMaxEur,
                LogoHash = db.ProfileLogos.Where(l => l.ProfileId == p.Id).Select(l => l.Hash).FirstOrDefault(),
                Affiliation = p.Institution ?? p.Industry,
            })
            .ToDictionaryAsync(r => r.Id, ct);
        // Tags come in a second, index-driven query: a per-profile "top 6" in SQL would rank every tag row in the hub.
        var tags = (await db.Set<Dictionary<string, object>>(ProfileTags).AsNoTracking()
                .Where(pt => idArray.Contains(EF.Property<int>(pt, "ProfileId")))
                .Join(db.Tags, pt => EF.Property<int>(pt, "TagId"), t => t.Id,
                    (pt, t) => new { ProfileId = EF.Property<int>(pt, "ProfileId"), t.Name, t.Facet })
                .ToListAsync(ct))
            .ToLookup(t => t.ProfileId);
        return idArray.Where(rows.ContainsKey).Select(id =>
        {
            var r = rows[id];
            var names = tags[id].OrderBy(t => t.Facet).ThenBy(t => t.Name, StringComparer.Ordinal).Select(t => t.Name).Take(6).ToList();
            return new ProfileCard(r.Id, r.Kind, r.Name, r.Headline, r.Country, r.City, r.LogoHash is null ? null : ProfileLogos.Address(r.Id, r.LogoHash), r.Stage, r.RaiseTargetEur,
                r.TicketMinEur, r.TicketMaxEur, r.Affiliation, names);
        }).ToList();
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
            // Prefix-match the word being typed, once it is long enough to narrow anything down.
            if (i == words.Count - 1 && words[i].Length >= 3)
            {
                sb.Append('*');
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// The same words as <see cref="ToFtsQuery"/> as a PostgreSQL tsquery: all words must match, the last one as a
    /// prefix once it has three letters. Words are letters and digits only, so none can be read as an operator.
    /// </summary>
    public static string? ToTsQuery(string? text)
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

        var last = words[^1].Length >= 3 ? ":*" : "";
        return string.Join(" & ", words) + last;
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
