using System.Text.Json.Serialization;

namespace Hub.Core.Compute;

/// <summary>Where a need's data may be processed.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ResidencyRequirement>))]
public enum ResidencyRequirement
{
    Anywhere = 0,
    EuropeanUnion = 1,
    Luxembourg = 2,
}
