using Hub.Core.Profiles;

namespace Hub.Core.Tests;

public class ProfileInputValidatorTests
{
    private readonly ProfileInputValidator _validator = new();

    public static ProfileInput ValidStartup() => new()
    {
        Kind = ProfileKind.Startup,
        Name = "Orbital Vision",
        Headline = "Computer vision for satellite operators",
        Description = "We detect anomalies in satellite telemetry.",
        Country = "LU",
        City = "Esch-sur-Alzette",
        Website = "https://orbital.example",
        Seeks = Intent.Funding | Intent.Compute,
        Offers = Intent.IndustryPartner,
        TagSlugs = ["space", "computer-vision"],
        Stage = Stages.Seed,
        FoundedYear = 2024,
        TeamSize = 6,
        RaiseTargetEur = 1_200_000,
    };

    private IEnumerable<string> ErrorsFor(ProfileInput input, string property) =>
        _validator.Validate(input).Errors.Where(e => e.PropertyName == property).Select(e => e.ErrorMessage);

    [Fact]
    public void AcceptsACompleteStartup() => Assert.True(_validator.Validate(ValidStartup()).IsValid);

    [Fact]
    public void RejectsABlankNameWithAClearMessage()
    {
        var input = ValidStartup();
        input.Name = "   ";
        Assert.Contains("Give the profile a name.", ErrorsFor(input, nameof(ProfileInput.Name)));
    }

    [Fact]
    public void RejectsTextLongerThanItsLimit()
    {
        var input = ValidStartup();
        input.Description = new string('x', ProfileLimits.Description + 1);
        input.Headline = new string('y', ProfileLimits.Headline + 1);
        Assert.NotEmpty(ErrorsFor(input, nameof(ProfileInput.Description)));
        Assert.NotEmpty(ErrorsFor(input, nameof(ProfileInput.Headline)));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://files.example")]
    [InlineData("not a url")]
    public void RejectsWebsitesThatAreNotHttp(string website)
    {
        var input = ValidStartup();
        input.Website = website;
        Assert.Contains("Enter a full web address starting with https:// or http://.", ErrorsFor(input, nameof(ProfileInput.Website)));
    }

    [Fact]
    public void RejectsAnUnknownCountry()
    {
        var input = ValidStartup();
        input.Country = "XX";
        Assert.NotEmpty(ErrorsFor(input, nameof(ProfileInput.Country)));
    }

    [Fact]
    public void RequiresSomethingOfferedOrSought()
    {
        var input = ValidStartup();
        input.Offers = Intent.None;
        input.Seeks = Intent.None;
        Assert.Contains("Pick at least one thing you offer or seek, so Hub can find matches.", ErrorsFor(input, nameof(ProfileInput.Seeks)));
    }

    [Fact]
    public void RequiresAStageForAStartup()
    {
        var input = ValidStartup();
        input.Stage = null;
        Assert.Contains("Choose the startup's stage.", ErrorsFor(input, nameof(ProfileInput.Stage)));
    }

    [Fact]
    public void RejectsAnInvestorWhoseLargestTicketIsBelowTheSmallest()
    {
        var input = new ProfileInput
        {
            Kind = ProfileKind.Investor,
            Name = "Test Capital",
            Headline = "Seed investor in applied AI",
            Country = "LU",
            Offers = Intent.Investment,
            InvestorType = InvestorType.VentureCapital,
            TicketMinEur = 2_000_000,
            TicketMaxEur = 500_000,
            InvestorStages = Stages.Seed,
        };
        Assert.Contains("The largest ticket cannot be smaller than the smallest.", ErrorsFor(input, nameof(ProfileInput.TicketMaxEur)));
    }

    [Fact]
    public void IgnoresStartupRulesForOtherKinds()
    {
        var input = new ProfileInput
        {
            Kind = ProfileKind.Company,
            Name = "Minett Steel",
            Headline = "Steel maker adopting visual inspection",
            Country = "LU",
            Seeks = Intent.IndustryPartner,
            Industry = "Steel",
            CompanySize = CompanySize.Large,
            AiMaturity = AiMaturity.Piloting,
        };
        Assert.True(_validator.Validate(input).IsValid);
    }

    [Fact]
    public void RequiresTheInstitutionOfAResearcher()
    {
        var input = new ProfileInput
        {
            Kind = ProfileKind.Researcher,
            Name = "Vision Lab",
            Headline = "Applied computer vision research",
            Country = "LU",
            Offers = Intent.ResearchPartner,
            TrlMin = 5,
            TrlMax = 3,
        };
        Assert.Contains("Name the institution.", ErrorsFor(input, nameof(ProfileInput.Institution)));
        Assert.Contains("The highest readiness level cannot be below the lowest.", ErrorsFor(input, nameof(ProfileInput.TrlMax)));
    }

    [Fact]
    public async Task ValidatesOnePropertyForTheForm()
    {
        var input = ValidStartup();
        input.Name = "";
        input.Headline = "short";
        var nameErrors = await _validator.ValidateValue(input, nameof(ProfileInput.Name));
        Assert.Equal(["Give the profile a name."], nameErrors);
        var cityErrors = await _validator.ValidateValue(input, nameof(ProfileInput.City));
        Assert.Empty(cityErrors);
    }

    [Fact]
    public void ApplyingAnInputClearsFieldsOfOtherKinds()
    {
        var profile = new Profile { Name = "", Headline = "", Country = "" };
        ValidStartup().ApplyTo(profile);
        Assert.Equal(Stages.Seed, profile.Stage);

        var company = ProfileInput.From(profile);
        company.Kind = ProfileKind.Company;
        company.Industry = "Logistics";
        company.ApplyTo(profile);
        Assert.Null(profile.Stage);
        Assert.Null(profile.RaiseTargetEur);
        Assert.Equal("Logistics", profile.Industry);
    }
}
