namespace Hub.Core.Profiles;

/// <summary>One profile's choice of who may read one field; a field without a row has its default.</summary>
public class ProfileFieldVisibility
{
    public int ProfileId { get; set; }

    public VisibleField Field { get; set; }

    public FieldVisibility Visibility { get; set; }
}
