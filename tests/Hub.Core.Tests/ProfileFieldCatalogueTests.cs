using System.Reflection;
using Hub.Core.Profiles;

namespace Hub.Core.Tests;

public class ProfileFieldCatalogueTests
{
    // The fields every profile has. A kind-specific field belongs on KindDetails with a ProfileFieldCatalogue entry
    // (docs/architecture.md, "How to add a kind-specific profile field"); only a field every kind has goes in these lists.
    private static readonly string[] CommonProfileProperties =
    [
        "City", "Country", "CreatedAt", "CreatedByUserId", "Description", "FieldVisibilities", "Headline", "Id", "Kind", "LogoUrl", "Members", "Name", "Offers",
        "Seeks", "TagText", "Tags", "UpdatedAt", "Version", "Website",
    ];

    private static readonly string[] CommonInputProperties =
    [
        "City", "Country", "Description", "Headline", "Kind", "Name", "Offers", "Seeks", "TagSlugs", "Version", "Visibility", "Website",
    ];

    public static TheoryData<ProfileKind> Kinds => new(Enum.GetValues<ProfileKind>());

    private static Profile EmptyProfile() => new() { Name = "", Headline = "", Country = "" };

    private static string[] DeclaredProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Gives every field of the catalogue a value that is not empty and that tidying leaves as it is.</summary>
    private static void FillEveryField(KindDetails details)
    {
        foreach (var field in ProfileFieldCatalogue.All)
        {
            field.Accept(new SampleValue(details));
        }
    }

    [Fact]
    public void EveryKindSpecificPropertyHasExactlyOneCatalogueEntry()
    {
        var names = ProfileFieldCatalogue.All.Select(f => f.Name).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Equal(DeclaredProperties(typeof(KindDetails)), names.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void ProfileAndItsInputDeclareNoKindSpecificFieldOfTheirOwn()
    {
        Assert.Equal(CommonProfileProperties, DeclaredProperties(typeof(Profile)));
        Assert.Equal(CommonInputProperties, DeclaredProperties(typeof(ProfileInput)));
    }

    [Fact]
    public void EveryKindHasFieldsWithALabelAndAnIdOfTheirOwn()
    {
        Assert.All(Enum.GetValues<ProfileKind>(), kind => Assert.NotEmpty(ProfileFieldCatalogue.Of(kind)));
        Assert.All(ProfileFieldCatalogue.All, f => Assert.False(string.IsNullOrWhiteSpace(f.Label)));
        var ids = ProfileFieldCatalogue.All.Select(f => f.ElementId).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ApplyingAnInputKeepsItsKindsFieldsAndEmptiesEveryOtherKinds(ProfileKind kind)
    {
        var profile = EmptyProfile();
        FillEveryField(profile);
        var input = new ProfileInput { Kind = kind, Name = "Sample", Headline = "A sample profile", Country = "LU" };
        FillEveryField(input);

        input.ApplyTo(profile);

        Assert.All(ProfileFieldCatalogue.All, field =>
        {
            if (field.Kind == kind)
            {
                Assert.Equal(field.ValueOf(input), field.ValueOf(profile));
            }
            else
            {
                Assert.False(field.HasValue(profile), $"{field.Name} belongs to {field.Kind} and should be empty on a {kind}.");
            }
        });
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ReadingASavedProfileBackGivesEveryFieldOfTheInput(ProfileKind kind)
    {
        var input = new ProfileInput { Kind = kind, Name = "Sample", Headline = "A sample profile", Country = "LU" };
        FillEveryField(input);
        var profile = EmptyProfile();
        input.ApplyTo(profile);

        var readBack = ProfileInput.From(profile);

        Assert.Equal(kind, readBack.Kind);
        Assert.All(ProfileFieldCatalogue.All, field => Assert.Equal(field.ValueOf(profile), field.ValueOf(readBack)));
        Assert.All(ProfileFieldCatalogue.Of(kind), field => Assert.Equal(field.ValueOf(input), field.ValueOf(readBack)));
    }

    [Fact]
    public void TheWizardEditsACopyOfTheProfilesLists()
    {
        var profile = EmptyProfile();
        new ProfileInput { Kind = ProfileKind.Investor, Geographies = ["LU"] }.ApplyTo(profile);

        var input = ProfileInput.From(profile);
        input.Geographies.Add("EU");

        Assert.Equal(["LU"], profile.Geographies);
    }

    [Fact]
    public void ApplyingTrimsTextAndDropsBlankOrRepeatedListItems()
    {
        var researcher = EmptyProfile();
        new ProfileInput { Kind = ProfileKind.Researcher, Institution = "  University of Luxembourg ", ResearchField = "   " }.ApplyTo(researcher);
        var investor = EmptyProfile();
        new ProfileInput { Kind = ProfileKind.Investor, Geographies = [" LU ", "", "LU", "EU", "  "] }.ApplyTo(investor);

        Assert.Equal("University of Luxembourg", researcher.Institution);
        Assert.Equal("", researcher.ResearchField);
        Assert.Equal(["LU", "EU"], investor.Geographies);
    }

    [Fact]
    public void AStartupsFactsReadInThePagesWordsAndOrder()
    {
        var startup = EmptyProfile();
        new ProfileInput
        {
            Kind = ProfileKind.Startup, Stage = Stages.Seed, RaiseTargetEur = 1_200_000, FoundedYear = 2021, TeamSize = 7,
            RevenueBand = RevenueBand.PreRevenue,
        }.ApplyTo(startup);

        Assert.Equal(
            [("Stage", "Seed"), ("Raising", "€1.2M"), ("Founded", "2021"), ("Team", "7 people"), ("Revenue", "Pre-revenue")],
            ProfileFieldCatalogue.FactsOf(startup.Kind, startup));
    }

    [Fact]
    public void RangesReadAsOneFactAndTheTicketShowsEvenWhileUnknown()
    {
        var investor = EmptyProfile();
        new ProfileInput { Kind = ProfileKind.Investor, InvestorStages = Stages.Seed | Stages.SeriesA, Geographies = ["LU", "Greater Region"] }
            .ApplyTo(investor);
        var lab = EmptyProfile();
        new ProfileInput { Kind = ProfileKind.Researcher, Institution = "LIST", TrlMin = 3, TrlMax = 6 }.ApplyTo(lab);

        Assert.Equal(
            [("Ticket", "– – –"), ("Stages", "Seed, Series A"), ("Geographies", "Luxembourg, Greater Region")],
            ProfileFieldCatalogue.FactsOf(investor.Kind, investor));
        Assert.Equal([("Institution", "LIST"), ("Readiness levels", "TRL 3–6")], ProfileFieldCatalogue.FactsOf(lab.Kind, lab));
    }

    [Fact]
    public void AnEmptyProfileStatesNoFactsExceptTheTicketRange()
    {
        Assert.All(Enum.GetValues<ProfileKind>(), kind =>
        {
            var profile = EmptyProfile();
            new ProfileInput { Kind = kind }.ApplyTo(profile);
            var facts = ProfileFieldCatalogue.FactsOf(kind, profile).Select(f => f.Label);
            string[] expected = kind == ProfileKind.Investor ? ["Ticket"] : [];
            Assert.Equal(expected, facts);
        });
    }

    [Fact]
    public void AFieldIsAPropertyOfKindDetailsAndNothingElse() =>
        Assert.Throws<ArgumentException>(() => new TextField(ProfileKind.Company, d => d.Industry!.Trim()) { Label = "Industry", ElementId = "x" });

    /// <summary>Sets one field to a value that is not empty; text and lists are already tidy, so applying keeps them as they are.</summary>
    private sealed class SampleValue(KindDetails details) : IProfileFieldVisitor<bool>
    {
        public bool VisitChoice<TEnum>(ChoiceField<TEnum> field) where TEnum : struct, Enum
        {
            field.Set(details, field.Options[^1]);
            return true;
        }

        public bool VisitFlags<TEnum>(FlagsField<TEnum> field) where TEnum : struct, Enum
        {
            field.Set(details, field.Combine(field.Options.Take(2)));
            return true;
        }

        public bool VisitWholeNumber(WholeNumberField field)
        {
            field.Set(details, field.Max ?? 2000);
            return true;
        }

        public bool VisitEuros(EuroField field)
        {
            field.Set(details, 250_000);
            return true;
        }

        public bool VisitText(TextField field)
        {
            field.Set(details, "Sample text");
            return true;
        }

        public bool VisitList(ListField field)
        {
            field.Set(details, [.. field.Options.Take(2)]);
            return true;
        }
    }
}
