namespace Hub.Core.Audit;

/// <summary>What an admin filters the audit log by.</summary>
public sealed record AuditQuery(AuditAction? Action = null, string? Text = null, int Page = 1);
