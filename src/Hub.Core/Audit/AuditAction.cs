namespace Hub.Core.Audit;

/// <summary>The sensitive actions Hub keeps a permanent record of. Stored by name, so the numbers may be reordered.</summary>
public enum AuditAction
{
    RoleGranted,
    RoleRevoked,
    AdminCreated,
    MemberInvited,
    MemberJoined,
    MemberRemoved,
    InvitationWithdrawn,
    ProfileEditedByAdmin,
    ProfileDeleted,
    DataExported,
    AccountDeleted,
    SignedOutEverywhere,
    PasswordChanged,
    ConsentChanged,
    SignalsImported,
    EventsImported,
    AllocationsExported,
    DatabaseBackedUp,
    DatabaseRestored,
}
