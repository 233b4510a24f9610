namespace Hub.Core.Profiles;

/// <summary>
/// A profile's logo as Hub stores and serves it: always a PNG that Hub encoded itself (see <see cref="LogoImage"/>),
/// so no uploaded byte reaches a viewer and no third party learns who looks at a profile.
/// </summary>
public class ProfileLogo
{
    public int ProfileId { get; set; }

    /// <summary>Always image/png: Hub re-encodes every upload.</summary>
    public required string ContentType { get; set; }

    public required byte[] Bytes { get; set; }

    /// <summary>SHA-256 of <see cref="Bytes"/> in lower-case hex: the HTTP ETag and the address's version.</summary>
    public required string Hash { get; set; }

    public DateTime UpdatedAt { get; set; }
}
