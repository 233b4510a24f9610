using System.Text.Json.Serialization;

namespace Hub.Core.Compute;

/// <summary>The AI Act's risk tiers, as an applicant's self-assessment places their project.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AiRiskClass>))]
public enum AiRiskClass
{
    Minimal = 1,

    /// <summary>Transparency obligations (Article 50): people must know they deal with AI or AI-made content.</summary>
    Limited = 2,

    /// <summary>Annex III uses or safety components of regulated products (Article 6).</summary>
    High = 3,

    /// <summary>A practice Article 5 forbids; no offer accepts it.</summary>
    Prohibited = 4,
}
