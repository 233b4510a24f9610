using System.Text.Json.Serialization;

namespace Hub.Core.Compute;

/// <summary>How an offer's hours are given out.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AccessMode>))]
public enum AccessMode
{
    /// <summary>Free, peer-reviewed; applications are decided together after each cut-off date.</summary>
    AccessCall = 1,

    /// <summary>Small allocations up to a limit, decided within days, first come first served.</summary>
    FastLane = 2,

    /// <summary>Paid per GPU-hour, decided as applications come.</summary>
    Paid = 3,
}
