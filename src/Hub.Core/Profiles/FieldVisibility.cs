namespace Hub.Core.Profiles;

/// <summary>Who may read a profile field. Ordered: each level also lets in everyone of the levels before it.</summary>
public enum FieldVisibility
{
    /// <summary>Anyone, signed in or not.</summary>
    Public = 0,

    /// <summary>Anyone signed in to Hub.</summary>
    Members = 1,

    /// <summary>The members of a profile with an accepted introduction to this one (and this profile's own members).</summary>
    Introduced = 2,
}
