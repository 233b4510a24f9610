using System.Text.Json;
using System.Text.Json.Serialization;
using Hub.Core.Compute;
using Hub.Core.Profiles;
using Hub.Core.Taxonomy;

namespace Hub.Core.Seeding;

public sealed record SeedTag(string Slug, string Name, TagFacet Facet);
