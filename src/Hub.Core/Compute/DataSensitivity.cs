using System.Text.Json.Serialization;

namespace Hub.Core.Compute;

/// <summary>The most sensitive data a workload touches.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DataSensitivity>))]
public enum DataSensitivity
{
    Public = 1,

    /// <summary>Confidential business data, no personal data.</summary>
    Confidential = 2,

    /// <summary>Personal data under the GDPR.</summary>
    Personal = 3,

    /// <summary>Special categories (health, biometrics…) or regulated data (banking secrecy).</summary>
    Special = 4,
}
