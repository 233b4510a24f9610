using System.Text.Json.Serialization;

namespace Hub.Core.Compute;

[JsonConverter(typeof(JsonStringEnumConverter<NeedStatus>))]
public enum NeedStatus
{
    Open = 1,

    /// <summary>Closed because the need was met.</summary>
    Met = 2,

    /// <summary>Closed without being met (given up or no longer relevant).</summary>
    Closed = 3,
}
