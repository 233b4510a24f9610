using Hub.Core.Profiles;
using Hub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Audit;

/// <summary>
/// Records sensitive actions and lets admins read them. <see cref="Record"/> only adds the entry to the caller's unit of
/// work, so the entry and the change it describes are saved together or not at all.
/// </summary>
public sealed class AuditLog(HubDbContext db, ProfileAccess access, TimeProvider clock)
{
    public const int PageSize = 50;

    /// <summary>Adds an entry to the current unit of work; the caller's SaveChanges writes it with the change.</summary>
    public void Record(AuditAction action, string? actorUserId, string actorName, string subject, string detail)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            Action = action,
            ActorUserId = actorUserId,
            ActorName = Trim(actorName, 256),
            Subject = Trim(subject, 200),
            Detail = Trim(detail, 1000),
        });
    }

    /// <summary>Records an action by a signed-in account, naming the actor by display name and e-mail.</summary>
    public async Task RecordByAsync(AuditAction action, string actorUserId, string subject, string detail, CancellationToken ct = default)
    {
        var actor = await db.Users.AsNoTracking().Where(u => u.Id == actorUserId)
            .Select(u => new { u.DisplayName, u.Email }).FirstOrDefaultAsync(ct);
        Record(action, actorUserId, actor is null ? "(unknown account)" : $"{actor.DisplayName} <{actor.Email}>", subject, detail);
    }

    /// <summary>Records and saves at once, for actions that change nothing else (an export, a backup).</summary>
    public async Task WriteAsync(AuditAction action, string? actorUserId, string subject, string detail, CancellationToken ct = default)
    {
        if (actorUserId is null)
        {
            Record(action, null, "Hub command line", subject, detail);
        }
        else
        {
            await RecordByAsync(action, actorUserId, subject, detail, ct);
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>A page of the log, newest first, for admins only.</summary>
    public async Task<Outcome<AuditPage>> ReadAsync(string readerUserId, AuditQuery query, CancellationToken ct = default)
    {
        if (!await access.IsAdminAsync(readerUserId, ct))
        {
            return Outcome.Forbidden("Only platform admins can read the audit log.");
        }

        var entries = db.AuditEntries.AsNoTracking();
        if (query.Action is { } action)
        {
            entries = entries.Where(e => e.Action == action);
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim();
            entries = entries.Where(e => e.Subject.Contains(text) || e.ActorName.Contains(text) || e.Detail.Contains(text));
        }

        var total = await entries.CountAsync(ct);
        var page = Math.Max(1, query.Page);
        var rows = await entries.OrderByDescending(e => e.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return Outcome.Done(new AuditPage(rows, total, page));
    }

    private static string Trim(string value, int max) => value.Length <= max ? value : value[..(max - 1)] + "…";
}
