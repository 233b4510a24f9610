using Hub.Core.Taxonomy;

namespace Hub.Core.Profiles;

/// <summary>
/// An actor that can be matched: a startup, investor, researcher, company or compute provider.
/// Kind-specific fields (<see cref="KindDetails"/>) live on the same row (nullable) so the directory can filter across
/// kinds with one indexed query.
/// </summary>
public class Profile : KindDetails
{
    public int Id { get; set; }

    public ProfileKind Kind { get; set; }

    public required string Name { get; set; }

    public required string Headline { get; set; }

    public string Description { get; set; } = "";

    /// <summary>ISO 3166-1 alpha-2 country code, e.g. LU.</summary>
    public required string Country { get; set; }

    public string City { get; set; } = "";

    public string? Website { get; set; }

    /// <summary>
    /// An image address from before Hub stored logos itself. Kept so no data is lost, but never rendered: a hot-linked
    /// image would tell a third party who views the profile. The logo Hub serves is a <see cref="ProfileLogo"/>.
    /// </summary>
    public string? LogoUrl { get; set; }

    public Intent Offers { get; set; }

    public Intent Seeks { get; set; }

    public List<Tag> Tags { get; set; } = [];

    /// <summary>Tag names joined with spaces; kept in step with <see cref="Tags"/> so full-text search finds them.</summary>
    public string TagText { get; set; } = "";

    public List<ProfileMember> Members { get; set; } = [];

    /// <summary>Who may read the restrictable fields; a field without an entry has its default.</summary>
    public List<ProfileFieldVisibility> FieldVisibilities { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    /// <summary>The account that created the profile, which counts towards its creation limit even after it leaves.</summary>
    public string? CreatedByUserId { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Raised by every edit, so an edit made from an older copy is refused instead of overwriting this one.</summary>
    public int Version { get; set; }
}
