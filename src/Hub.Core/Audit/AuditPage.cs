namespace Hub.Core.Audit;

/// <summary>One page of audit entries, newest first.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int Total, int Page)
{
    public int Pages => Math.Max(1, (Total + AuditLog.PageSize - 1) / AuditLog.PageSize);
}
