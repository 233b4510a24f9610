using System.Text.Json.Serialization;

namespace Hub.Core.Compute;

[JsonConverter(typeof(JsonStringEnumConverter<ApplicationStatus>))]
public enum ApplicationStatus
{
    /// <summary>Waiting for the provider's decision.</summary>
    Submitted = 1,

    /// <summary>The provider asked the applicant to change it; resubmitting puts it back in the queue.</summary>
    ChangesRequested = 2,

    /// <summary>Approved in full or in part; the allocation holds the hours.</summary>
    Approved = 3,

    Rejected = 4,

    /// <summary>Withdrawn by the applicant, or an allocation ended early; future hours went back to the pool.</summary>
    Withdrawn = 5,
}
