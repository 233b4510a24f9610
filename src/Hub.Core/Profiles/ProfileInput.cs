namespace Hub.Core.Profiles;

/// <summary>
/// What the profile wizard edits. The same object is validated in the browser and again on the server. The fields every
/// profile has are declared here; the kind-specific ones come from <see cref="KindDetails"/> and are copied through
/// <see cref="ProfileFieldCatalogue"/>.
/// </summary>
public sealed class ProfileInput : KindDetails
{
    public ProfileKind Kind { get; set; } = ProfileKind.Startup;

    public string Name { get; set; } = "";

    public string Headline { get; set; } = "";

    public string Description { get; set; } = "";

    public string Country { get; set; } = "LU";

    public string City { get; set; } = "";

    public string? Website { get; set; }

    public Intent Offers { get; set; }

    public Intent Seeks { get; set; }

    public List<string> TagSlugs { get; set; } = [];

    /// <summary>
    /// The version of the profile this input was loaded from; an update from an older version is refused. Null when
    /// creating a profile.
    /// </summary>
    public int? Version { get; set; }

    /// <summary>Who may read each restrictable field (<see cref="FieldVisibilityRules"/>); defaults until chosen.</summary>
    public Dictionary<VisibleField, FieldVisibility> Visibility { get; set; } = FieldVisibilityRules.Resolve([]);

    public static ProfileInput From(Profile p)
    {
        var input = new ProfileInput
        {
            Kind = p.Kind,
            Name = p.Name,
            Headline = p.Headline,
            Description = p.Description,
            Country = p.Country,
            City = p.City,
            Website = p.Website,
            Offers = p.Offers,
            Seeks = p.Seeks,
            TagSlugs = p.Tags.Select(t => t.Slug).ToList(),
            Version = p.Version,
            Visibility = FieldVisibilityRules.Resolve(p.FieldVisibilities),
        };
        ProfileFieldCatalogue.Copy(p, input);
        return input;
    }

    /// <summary>Copies the input onto a profile, clearing the fields that belong to other kinds.</summary>
    public void ApplyTo(Profile p)
    {
        p.Kind = Kind;
        p.Name = Name.Trim();
        p.Headline = Headline.Trim();
        p.Description = Description.Trim();
        p.Country = Country.Trim().ToUpperInvariant();
        p.City = City.Trim();
        p.Website = string.IsNullOrWhiteSpace(Website) ? null : Website.Trim();
        p.Offers = Offers;
        p.Seeks = Seeks;

        ProfileFieldCatalogue.Apply(Kind, this, p);
        foreach (var (field, visibility) in Visibility)
        {
            var row = p.FieldVisibilities.FirstOrDefault(v => v.Field == field);
            if (row is null)
            {
                p.FieldVisibilities.Add(new ProfileFieldVisibility { Field = field, Visibility = visibility });
            }
            else
            {
                row.Visibility = visibility;
            }
        }
    }
}
