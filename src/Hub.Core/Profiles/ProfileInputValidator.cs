using FluentValidation;

namespace Hub.Core.Profiles;

/// <summary>The one set of rules for a profile, run by the form as the user types and by <see cref="ProfileEditor"/> before saving.</summary>
public sealed class ProfileInputValidator : AbstractValidator<ProfileInput>
{
    public ProfileInputValidator()
    {
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Choose what kind of profile this is.");
        RuleFor(x => x.Name).Must(NotBlank).WithMessage("Give the profile a name.")
            .MaximumLength(ProfileLimits.Name).WithMessage($"Keep the name under {ProfileLimits.Name} characters.");
        RuleFor(x => x.Name).Must(SafeText.IsSafeLine).WithMessage(SafeText.Refusal("The name"));
        RuleFor(x => x.Headline).Must(NotBlank).WithMessage("Say in one line what you do.")
            .MinimumLength(10).WithMessage("The headline needs at least 10 characters.")
            .MaximumLength(ProfileLimits.Headline).WithMessage($"Keep the headline under {ProfileLimits.Headline} characters.");
        RuleFor(x => x.Headline).Must(SafeText.IsSafeLine).WithMessage(SafeText.Refusal("The headline"));
        RuleFor(x => x.Description).MaximumLength(ProfileLimits.Description)
            .WithMessage($"Keep the description under {ProfileLimits.Description} characters.");
        RuleFor(x => x.Description).Must(SafeText.IsSafeText).WithMessage(SafeText.Refusal("The description"));
        RuleFor(x => x.Country).Must(c => c is not null && Countries.IsKnown(c.Trim()))
            .WithMessage("Choose a country from the list.");
        RuleFor(x => x.City).MaximumLength(ProfileLimits.City).WithMessage($"Keep the city under {ProfileLimits.City} characters.");
        RuleFor(x => x.City).Must(SafeText.IsSafeLine).WithMessage(SafeText.Refusal("The city"));
        RuleFor(x => x.Website).Must(BeHttpUrl!).When(x => !string.IsNullOrWhiteSpace(x.Website))
            .WithMessage("Enter a full web address starting with https:// or http://.")
            .MaximumLength(ProfileLimits.Url).WithMessage($"Keep the address under {ProfileLimits.Url} characters.");
        RuleFor(x => x.Visibility).Must(m => m is not null && m.All(kv => Enum.IsDefined(kv.Key) && Enum.IsDefined(kv.Value)))
            .WithMessage("Choose who may see each field: everyone, signed-in members, or after an accepted introduction.");
        RuleFor(x => x.Offers).Must(i => (i & ~AllIntents) == 0).WithMessage("Unknown intent.");
        RuleFor(x => x.Seeks).Must(i => (i & ~AllIntents) == 0).WithMessage("Unknown intent.");
        RuleFor(x => x).Must(x => x.Offers != Intent.None || x.Seeks != Intent.None)
            .WithName(nameof(ProfileInput.Seeks))
            .OverridePropertyName(nameof(ProfileInput.Seeks))
            .WithMessage("Pick at least one thing you offer or seek, so Hub can find matches.");
        RuleFor(x => x.TagSlugs).Must(t => t.Count <= ProfileLimits.MaxTags)
            .WithMessage($"Choose at most {ProfileLimits.MaxTags} tags.");

        When(x => x.Kind == ProfileKind.Startup, () =>
        {
            RuleFor(x => x.Stage).NotNull().WithMessage("Choose the startup's stage.")
                .Must(s => s is null || Labels.Each(s.Value).Count() == 1).WithMessage("Choose exactly one stage.");
            RuleFor(x => x.FoundedYear).InclusiveBetween(1950, DateTime.UtcNow.Year)
                .WithMessage($"Enter a year between 1950 and {DateTime.UtcNow.Year}.");
            RuleFor(x => x.TeamSize).InclusiveBetween(1, 100_000).WithMessage("Team size must be between 1 and 100,000.");
            RuleFor(x => x.RaiseTargetEur).InclusiveBetween(0, ProfileLimits.MaxEuros)
                .WithMessage("Enter a raise target between €0 and €10 billion.");
            RuleFor(x => x.RevenueBand).IsInEnum().WithMessage("Choose a revenue band.");
        });

        When(x => x.Kind == ProfileKind.Investor, () =>
        {
            RuleFor(x => x.InvestorType).NotNull().WithMessage("Choose the type of investor.").IsInEnum();
            RuleFor(x => x.TicketMinEur).NotNull().WithMessage("Enter the smallest ticket.")
                .InclusiveBetween(0, ProfileLimits.MaxEuros).WithMessage("Enter an amount between €0 and €10 billion.");
            RuleFor(x => x.TicketMaxEur).NotNull().WithMessage("Enter the largest ticket.")
                .InclusiveBetween(1, ProfileLimits.MaxEuros).WithMessage("Enter an amount between €1 and €10 billion.");
            RuleFor(x => x.TicketMaxEur).GreaterThanOrEqualTo(x => x.TicketMinEur)
                .When(x => x.TicketMinEur is not null && x.TicketMaxEur is not null)
                .WithMessage("The largest ticket cannot be smaller than the smallest.");
            RuleFor(x => x.InvestorStages).Must(s => s != Stages.None).WithMessage("Choose at least one stage you invest in.");
            RuleFor(x => x.Geographies).Must(g => g.Count <= ProfileLimits.MaxGeographies)
                .WithMessage($"Choose at most {ProfileLimits.MaxGeographies} geographies.");
            RuleForEach(x => x.Geographies).MaximumLength(60).WithMessage("A geography name is at most 60 characters.");
            RuleForEach(x => x.Geographies).Must(SafeText.IsSafeLine).WithMessage(SafeText.Refusal("A geography name"));
        });

        When(x => x.Kind == ProfileKind.Researcher, () =>
        {
            RuleFor(x => x.Institution).Must(NotBlank!).WithMessage("Name the institution.")
                .MaximumLength(ProfileLimits.ShortText).WithMessage($"Keep it under {ProfileLimits.ShortText} characters.");
            RuleFor(x => x.Institution).Must(SafeText.IsSafeLine).WithMessage(SafeText.Refusal("The institution"));
            RuleFor(x => x.ResearchField).MaximumLength(ProfileLimits.ShortText)
                .WithMessage($"Keep it under {ProfileLimits.ShortText} characters.");
            RuleFor(x => x.ResearchField).Must(SafeText.IsSafeLine).WithMessage(SafeText.Refusal("The research field"));
            RuleFor(x => x.TrlMin).InclusiveBetween(1, 9).WithMessage("Readiness levels go from 1 to 9.");
            RuleFor(x => x.TrlMax).InclusiveBetween(1, 9).WithMessage("Readiness levels go from 1 to 9.");
            RuleFor(x => x.TrlMax).GreaterThanOrEqualTo(x => x.TrlMin)
                .When(x => x.TrlMin is not null && x.TrlMax is not null)
                .WithMessage("The highest readiness level cannot be below the lowest.");
        });

        When(x => x.Kind == ProfileKind.Company, () =>
        {
            RuleFor(x => x.Industry).Must(NotBlank!).WithMessage("Name the industry.")
                .MaximumLength(ProfileLimits.ShortText).WithMessage($"Keep it under {ProfileLimits.ShortText} characters.");
            RuleFor(x => x.Industry).Must(SafeText.IsSafeLine).WithMessage(SafeText.Refusal("The industry"));
            RuleFor(x => x.CompanySize).NotNull().WithMessage("Choose the company size.").IsInEnum();
            RuleFor(x => x.AiMaturity).NotNull().WithMessage("Choose how far the company is with AI.").IsInEnum();
        });

        When(x => x.Kind == ProfileKind.ComputeProvider, () =>
        {
            RuleFor(x => x.ProviderType).NotNull().WithMessage("Choose the type of provider.").IsInEnum();
        });
    }

    private const Intent AllIntents = (Intent)255;

    private static bool NotBlank(string value) => !string.IsNullOrWhiteSpace(value);

    private static bool BeHttpUrl(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static bool BeHttpUrlOrAssetPath(string value) =>
        BeHttpUrl(value) || (value.StartsWith("/assets/", StringComparison.Ordinal) && !value.Contains("..", StringComparison.Ordinal));

    /// <summary>Validates one property, for MudBlazor's per-field <c>Validation</c> hook.</summary>
    public Func<object, string, Task<IEnumerable<string>>> ValidateValue => async (model, propertyName) =>
    {
        var result = await ValidateAsync(ValidationContext<ProfileInput>.CreateWithOptions((ProfileInput)model,
            x => x.IncludeProperties(propertyName)));
        return result.IsValid ? [] : result.Errors.Select(e => e.ErrorMessage);
    };
}
