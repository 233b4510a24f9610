namespace Hub.Core.Audit;

/// <summary>
/// One sensitive action, written in the same save as the change it records and never changed afterwards: the database
/// refuses updates and deletes of this table (see <see cref="AuditEntryConfiguration"/>), and Hub has no code path that
/// tries.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    public AuditAction Action { get; set; }

    /// <summary>The account that acted; null for the command line and for Hub itself.</summary>
    public string? ActorUserId { get; set; }

    /// <summary>How the actor was named at the time, kept so the entry still reads after the account is deleted.</summary>
    public required string ActorName { get; set; }

    /// <summary>What the action was about, as "kind:id" (e.g. "profile:12", "account:…").</summary>
    public required string Subject { get; set; }

    /// <summary>One sentence for the admin reading the log.</summary>
    public required string Detail { get; set; }
}
