namespace Hub.Web.Tests.AccessMatrix;

/// <summary>Who asks, in the access matrix: one column of the route table each, in this order.</summary>
public enum AccessRole
{
    /// <summary>Not signed in.</summary>
    Anonymous,

    /// <summary>A member of the profile that owns the resources (the startup: its need, application, introduction, conversation, registration).</summary>
    OwnerMember,

    /// <summary>A member of an unrelated profile.</summary>
    OtherMember,

    /// <summary>An organiser of the event concerned.</summary>
    EventOrganiser,

    /// <summary>An organiser of another event only.</summary>
    OtherOrganiser,

    /// <summary>A member of the offer's compute-provider profile.</summary>
    ProviderMember,

    /// <summary>A member of another compute-provider profile.</summary>
    OtherProviderMember,

    /// <summary>A platform admin.</summary>
    Admin,
}
