namespace Hub.Core.Profiles;

/// <summary>
/// How the chips of a multiple-choice field look: like the profile's offers, like what it seeks, or plain. The form's
/// offer and seek chips set the pattern.
/// </summary>
public enum FieldTone
{
    Plain = 0,
    Offered = 1,
    Sought = 2,
}
