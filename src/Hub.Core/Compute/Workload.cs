using System.Text.Json.Serialization;

namespace Hub.Core.Compute;

[JsonConverter(typeof(JsonStringEnumConverter<Workload>))]
public enum Workload
{
    Training = 1,
    FineTuning = 2,
    Inference = 3,
    DataProcessing = 4,
}
