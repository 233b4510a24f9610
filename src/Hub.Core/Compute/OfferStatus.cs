using System.Text.Json.Serialization;

namespace Hub.Core.Compute;

/// <summary>Whether an offer takes applications. A paused offer keeps its allocations and can reopen; a closed one cannot.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OfferStatus>))]
public enum OfferStatus
{
    Open = 1,
    Paused = 2,
    Closed = 3,
}
