namespace Hub.Core.Compute;

/// <summary>Which side of an application a reader is on; it decides what they see and may do.</summary>
public enum ApplicationSide
{
    None = 0,
    Applicant = 1,
    Provider = 2,
}
