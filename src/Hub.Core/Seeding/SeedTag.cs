using Hub.Core.Taxonomy;

namespace Hub.Core.Seeding;

public sealed record SeedTag(string Slug, string Name, TagFacet Facet);
