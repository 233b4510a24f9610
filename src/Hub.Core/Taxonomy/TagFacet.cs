namespace Hub.Core.Taxonomy;

/// <summary>The facets of the controlled taxonomy profiles are tagged with.</summary>
public enum TagFacet
{
    Sector = 1,
    AiDomain = 2,
    Technology = 3,
}
