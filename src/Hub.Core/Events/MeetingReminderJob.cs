using Hub.Core.Data;
using Hub.Core.Jobs;
using Hub.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Core.Events;

/// <summary>Tells both people of a published meeting shortly before it starts: when, which table, with whom. Once per meeting.</summary>
public sealed class MeetingReminderJob(HubDbContext db, EventAccess access, NotificationService notifications, IOptions<EventRules> rules, TimeProvider clock) : IPeriodicJob
{
    public string Name => "events.reminders";

    public TimeSpan Interval => TimeSpan.FromSeconds(30);

    public async Task<string> RunAsync(JobRun run, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var horizon = now + rules.Value.ReminderLead;
        var due = await (from m in db.EventMeetings
                         join s in db.EventSlots on new { m.EventId, Index = m.PublishedSlotIndex!.Value } equals new { s.EventId, s.Index }
                         where m.Status == MeetingStatus.Published && m.RemindedAt == null && s.StartsAt > now && s.StartsAt <= horizon
                         select new { Meeting = m, s.StartsAt }).ToListAsync(ct);
        // Events and names once for the whole batch: at a busy event a round starts hundreds of meetings together.
        var eventIds = due.Select(d => d.Meeting.EventId).Distinct().ToList();
        var events = await db.Events.AsNoTracking().Where(x => eventIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, ct);
        var registrationIds = due.SelectMany(d => new[] { d.Meeting.ARegistrationId, d.Meeting.BRegistrationId }).Distinct().ToList();
        var names = await db.EventRegistrations.Where(r => registrationIds.Contains(r.Id))
            .Join(db.Profiles, r => r.ProfileId, p => p.Id, (r, p) => new { r.Id, p.Name }).ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        foreach (var item in due)
        {
            var m = item.Meeting;
            var e = events[m.EventId];
            var table = e.TableName(m.PublishedTable);
            var minutes = Math.Max(1, (int)Math.Round((item.StartsAt - now).TotalMinutes));
            var staged = new StagedNotifications();
            foreach (var (me, other) in new[] { (m.ARegistrationId, m.BRegistrationId), (m.BRegistrationId, m.ARegistrationId) })
            {
                staged = await notifications.StageAsync(await access.PeopleAsync([me], ct), NotificationType.MeetingReminder,
                    $"Next meeting in {minutes} minute{(minutes == 1 ? "" : "s")}, {table}, with {names[other]}", e.Title,
                    NotificationTarget.Event(e.Id), new { eventId = e.Id, meetingId = m.Id }, staged, ct);
            }

            m.RemindedAt = now;
            await db.SaveChangesAsync(ct);
            await notifications.PushAsync(staged, ct);
        }

        return $"{due.Count} meetings reminded.";
    }
}
