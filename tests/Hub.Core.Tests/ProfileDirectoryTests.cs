using Hub.Core.Profiles;
using Hub.Core.Seeding;

namespace Hub.Core.Tests;

/// <summary>One seeded demo database shared by the read-only directory tests.</summary>
public sealed class SeededDatabase : IAsyncLifetime
{
    public TestDatabase Db { get; private set; } = default!;

    public DemoWorld World { get; } = Worlds.Demo();

    public async Task InitializeAsync() => Db = await TestDatabase.CreateAsync(World);

    public async Task DisposeAsync() => await Db.DisposeAsync();
}

public class ProfileDirectoryTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    private Task<DirectoryPage> Search(DirectoryQuery query) =>
        seeded.Db.RunAsync<ProfileDirectory, DirectoryPage>(d => d.SearchAsync(query with { PageSize = 100 }));

    private List<ProfileInput> Expected(Func<ProfileInput, bool> predicate) =>
        seeded.World.Profiles.Select(p => p.Profile).Where(predicate).ToList();

    [Fact]
    public async Task ListsEveryoneWithoutFilters()
    {
        var page = await Search(new DirectoryQuery());
        Assert.Equal(seeded.World.Profiles.Count, page.Total);
        Assert.Equal(100, page.Items.Count);
    }

    [Fact]
    public async Task FindsWordsInHeadlinesAndDescriptions()
    {
        var page = await Search(new DirectoryQuery { Text = "satellite" });
        var tagNames = seeded.World.Taxonomy.ToDictionary(t => t.Slug, t => t.Name);
        var expected = Expected(p => $"{p.Name} {p.Headline} {p.Description} {string.Join(' ', p.TagSlugs.Select(s => tagNames[s]))}"
            .Contains("satellite", StringComparison.OrdinalIgnoreCase));
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, page.Total);
    }

    [Fact]
    public async Task MatchesTheLastWordAsAPrefixWhileTyping()
    {
        var full = await Search(new DirectoryQuery { Text = "radiology" });
        var partial = await Search(new DirectoryQuery { Text = "radiol" });
        Assert.True(full.Total > 0);
        Assert.Equal(full.Total, partial.Total);
    }

    [Fact]
    public async Task FindsProfilesByTagName()
    {
        var page = await Search(new DirectoryQuery { Text = "Kubernetes", Kinds = [ProfileKind.Startup] });
        Assert.True(page.Total > 0);
        Assert.All(page.Items, c => Assert.Equal(ProfileKind.Startup, c.Kind));
    }

    [Theory]
    [InlineData("\"unbalanced", "unbalanced")]
    [InlineData("OR AND NOT", "or and not")]
    [InlineData("health* (vision", "health vision")]
    [InlineData("'; DROP TABLE Profiles; --", "drop table profiles")]
    [InlineData("***", "")]
    public async Task OddInputIsSearchedAsThePlainWordsInIt(string typed, string plainWords)
    {
        var odd = await Search(new DirectoryQuery { Text = typed, PageSize = 100 });
        var plain = await Search(new DirectoryQuery { Text = plainWords, PageSize = 100 });

        // Operators, quotes and punctuation never reach the search engine as syntax: the same words find the same profiles.
        Assert.Equal(plain.Total, odd.Total);
        Assert.Equal(plain.Items.Select(c => c.Id), odd.Items.Select(c => c.Id));
        // And nothing was harmed.
        Assert.Equal(seeded.World.Profiles.Count, (await Search(new DirectoryQuery())).Total);
    }

    [Fact]
    public async Task ProfilesTheWordsDescribeAreFoundDespiteTheOddCharactersAroundThem()
    {
        var odd = await Search(new DirectoryQuery { Text = "\"health* (vision" });
        Assert.True(odd.Total > 0);
        Assert.True(odd.Total < seeded.World.Profiles.Count);
    }

    [Fact]
    public async Task FiltersByKindAndCountry()
    {
        var page = await Search(new DirectoryQuery { Kinds = [ProfileKind.Company], Country = "DE" });
        var expected = Expected(p => p.Kind == ProfileKind.Company && p.Country == "DE");
        Assert.Equal(expected.Count, page.Total);
        Assert.All(page.Items, c => Assert.Equal("DE", c.Country));
    }

    [Fact]
    public async Task StageFilterFindsStartupsAtTheStageAndInvestorsWhoFundIt()
    {
        var page = await Search(new DirectoryQuery { Stage = Stages.SeriesA, Kinds = [ProfileKind.Startup, ProfileKind.Investor] });
        var expected = Expected(p => p.Stage == Stages.SeriesA || p.InvestorStages.HasFlag(Stages.SeriesA));
        Assert.Equal(expected.Count, page.Total);
        Assert.Contains(page.Items, c => c.Kind == ProfileKind.Investor);
        Assert.Contains(page.Items, c => c.Kind == ProfileKind.Startup);
    }

    [Fact]
    public async Task TicketRangeKeepsOverlappingInvestorsAndStartupsRaisingWithinIt()
    {
        // Money figures are visible to signed-in members by default (FieldVisibilityTests has the signed-out side).
        var reader = (await seeded.Db.PersonAsync("researcher@hub.demo")).UserId;
        var page = await Search(new DirectoryQuery { TicketMinEur = 1_000_000, TicketMaxEur = 2_000_000, ViewerUserId = reader });
        var expected = Expected(p =>
            (p.Kind == ProfileKind.Investor && p.TicketMinEur <= 2_000_000 && p.TicketMaxEur >= 1_000_000) ||
            (p.Kind == ProfileKind.Startup && p.RaiseTargetEur is >= 1_000_000 and <= 2_000_000));
        Assert.Equal(expected.Count, page.Total);
    }

    [Fact]
    public async Task TagsMatchAnyWithinAFacetAndAllAcrossFacets()
    {
        var page = await Search(new DirectoryQuery { TagSlugs = ["health", "fintech", "computer-vision"] });
        var expected = Expected(p => (p.TagSlugs.Contains("health") || p.TagSlugs.Contains("fintech")) && p.TagSlugs.Contains("computer-vision"));
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, page.Total);
    }

    [Fact]
    public async Task AnUnknownTagMatchesNobody()
    {
        var page = await Search(new DirectoryQuery { TagSlugs = ["no-such-tag"] });
        Assert.Equal(0, page.Total);
    }

    [Fact]
    public async Task SortsByNameAndPagesWithoutOverlap()
    {
        var first = await seeded.Db.RunAsync<ProfileDirectory, DirectoryPage>(d => d.SearchAsync(new DirectoryQuery { Sort = DirectorySort.Name, PageSize = 10, Page = 1 }));
        var second = await seeded.Db.RunAsync<ProfileDirectory, DirectoryPage>(d => d.SearchAsync(new DirectoryQuery { Sort = DirectorySort.Name, PageSize = 10, Page = 2 }));
        var names = first.Items.Concat(second.Items).Select(c => c.Name).ToList();
        Assert.Equal(names.OrderBy(n => n, StringComparer.Ordinal), names);
        Assert.Empty(first.Items.Select(c => c.Id).Intersect(second.Items.Select(c => c.Id)));
        Assert.Equal((seeded.World.Profiles.Count + 9) / 10, first.PageCount);
    }

    [Fact]
    public async Task RanksNameMatchesFirst()
    {
        var target = seeded.World.Profiles.First(p => p.Profile.Kind == ProfileKind.Startup).Profile.Name;
        var page = await Search(new DirectoryQuery { Text = target });
        Assert.Equal(target, page.Items[0].Name);
    }

    [Theory]
    [InlineData("computer vision", "\"computer\" \"vision\"*")]
    [InlineData("  ", null)]
    [InlineData("\"OR\" (x", "\"OR\" \"x\"")]
    [InlineData("Zürich-AI", "\"Zürich\" \"AI\"")]
    [InlineData("AI radiol", "\"AI\" \"radiol\"*")]
    public void TurnsTypedTextIntoASafeQuery(string text, string? expected) =>
        Assert.Equal(expected, ProfileDirectory.ToFtsQuery(text));

    [Theory]
    [InlineData("computer vision", "computer & vision:*")]
    [InlineData("  ", null)]
    [InlineData("\"OR\" (x | !y) & z:*", "OR & x & y & z")]
    [InlineData("Zürich-AI", "Zürich & AI")]
    [InlineData("AI radiol", "AI & radiol:*")]
    public void TurnsTypedTextIntoASafePostgresQuery(string text, string? expected) =>
        Assert.Equal(expected, ProfileDirectory.ToTsQuery(text));
}
