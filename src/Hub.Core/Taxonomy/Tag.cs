namespace Hub.Core.Taxonomy;

/// <summary>A term of the controlled taxonomy (a sector, an AI domain or a technology).</summary>
public class Tag
{
    public int Id { get; set; }

    /// <summary>Stable identifier used in seed files, URLs and imports, e.g. <c>computer-vision</c>.</summary>
    public required string Slug { get; set; }

    public required string Name { get; set; }

    public TagFacet Facet { get; set; }
}
