using System.Globalization;
using CsvHelper;
using Hub.Core.Data;
using Hub.Core.Profiles;
using Hub.Core.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Events;

/// <summary>Organiser analytics and CSV exports of participants, meetings and feedback. Never conversations.</summary>
public sealed class EventReports(HubDbContext db, EventAccess access, TimeProvider clock)
{
    public async Task<Outcome<EventAnalytics>> AnalyticsAsync(string userId, int eventId, CancellationToken ct = default)
    {
        var denied = await DeniedAsync(userId, eventId, ct);
        if (denied is not null)
        {
            return denied.As<EventAnalytics>();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var registrations = await (from r in db.EventRegistrations
                                   join p in db.Profiles on r.ProfileId equals p.Id
                                   where r.EventId == eventId
                                   select new { r.Id, r.Status, r.CreatedAt, p.Kind }).ToListAsync(ct);
        var requests = await db.MeetingRequests.Where(r => r.EventId == eventId).Select(r => r.Status).ToListAsync(ct);
        var slots = await db.EventSlots.Where(s => s.EventId == eventId).ToDictionaryAsync(s => s.Index, s => s.StartsAt, ct);
        var meetings = await db.EventMeetings.Where(m => m.EventId == eventId && m.Status == MeetingStatus.Published).ToListAsync(ct);
        var ids = meetings.Select(m => m.Id).ToList();
        var feedback = await db.MeetingFeedback.Where(f => ids.Contains(f.MeetingId)).ToListAsync(ct);
        var held = meetings.Where(m => m.NoShowRegistrationId is null && slots.TryGetValue(m.PublishedSlotIndex!.Value, out var starts) && starts <= now).ToList();
        var noShows = meetings.Count(m => m.NoShowRegistrationId is not null);

        var running = 0;
        var overTime = registrations.GroupBy(r => DateOnly.FromDateTime(r.CreatedAt)).OrderBy(g => g.Key)
            .Select(g => (g.Key, running += g.Count())).ToList();
        var ratings = Enumerable.Range(1, 5).Select(star => feedback.Count(f => f.Rating == star)).ToList();
        var best = feedback.GroupBy(f => f.MeetingId).ToDictionary(g => g.Key, g => g.Max(f => f.Outcome));
        var funnel = new List<(string, int)>
        {
            ("Held", held.Count),
            ("Feedback given", held.Count(m => best.ContainsKey(m.Id))),
            ("Follow-up planned", best.Values.Count(o => o >= MeetingOutcome.FollowUpPlanned)),
            ("NDA", best.Values.Count(o => o >= MeetingOutcome.Nda)),
            ("Pilot", best.Values.Count(o => o >= MeetingOutcome.Pilot)),
            ("Investment talks", best.Values.Count(o => o >= MeetingOutcome.InvestmentTalks)),
        };
        var kindOf = registrations.ToDictionary(r => r.Id, r => r.Kind);
        var byKind = registrations.Where(r => r.Status == RegistrationStatus.Approved).GroupBy(r => r.Kind).OrderBy(g => g.Key).Select(g =>
        {
            var kindMeetings = held.Where(m => kindOf[m.ARegistrationId] == g.Key || kindOf[m.BRegistrationId] == g.Key).ToList();
            var kindRatings = feedback.Where(f => kindOf.GetValueOrDefault(f.RegistrationId) == g.Key).Select(f => (double)f.Rating).ToList();
            return new KindFigures(g.Key, g.Count(), kindMeetings.Count, kindRatings.Count == 0 ? null : kindRatings.Average());
        }).ToList();
        var approved = registrations.Where(r => r.Status == RegistrationStatus.Approved).Select(r => r.Id).ToList();
        var sectors = await (from r in db.EventRegistrations
                             join p in db.Profiles on r.ProfileId equals p.Id
                             from t in p.Tags
                             where approved.Contains(r.Id) && t.Facet == TagFacet.Sector
                             select new { r.Id, t.Name }).ToListAsync(ct);
        var bySector = sectors.GroupBy(s => s.Name).Select(g =>
        {
            var members = g.Select(x => x.Id).ToHashSet();
            return new SectorFigures(g.Key, members.Count, held.Count(m => members.Contains(m.ARegistrationId) || members.Contains(m.BRegistrationId)));
        }).OrderByDescending(s => s.Participants).ThenBy(s => s.Sector, StringComparer.Ordinal).ToList();
        return Outcome.Done(new EventAnalytics(overTime, registrations.Count, registrations.Count(r => r.Status == RegistrationStatus.Approved),
            requests.Count, requests.Count(s => s == MeetingRequestStatus.Accepted), meetings.Count, held.Count, noShows, ratings, funnel, byKind, bySector));
    }

    /// <summary>Participants, meetings or feedback as CSV ("participants", "meetings", "feedback").</summary>
    public async Task<Outcome<string>> ExportAsync(string userId, int eventId, string what, CancellationToken ct = default)
    {
        var denied = await DeniedAsync(userId, eventId, ct);
        if (denied is not null)
        {
            return denied.As<string>();
        }

        var e = await db.Events.FirstAsync(x => x.Id == eventId, ct);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(e.TimeZoneId);
        string Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var people = await (from r in db.EventRegistrations
                            join p in db.Profiles on r.ProfileId equals p.Id
                            where r.EventId == eventId
                            select new { r.Id, r.ProfileId, p.Name, p.Kind, p.Country, r.Status, r.Goal, r.CreatedAt, r.CheckedInAt }).ToListAsync(ct);
        var names = people.ToDictionary(p => p.Id, p => p.Name);
        string[] header;
        IEnumerable<string[]> rows;
        switch (what)
        {
            case "participants":
                header = ["registration_id", "profile_id", "name", "kind", "country", "status", "goal", "registered_at", "checked_in_at"];
                rows = people.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).Select(p => new[]
                {
                    Num(p.Id), Num(p.ProfileId), p.Name, Labels.Of(p.Kind), p.Country, p.Status.ToString(), p.Goal, Local(p.CreatedAt),
                    p.CheckedInAt is { } c ? Local(c) : "",
                });
                break;
            case "meetings":
                var slots = await db.EventSlots.Where(s => s.EventId == eventId).ToDictionaryAsync(s => s.Index, ct);
                var meetings = await db.EventMeetings.Where(m => m.EventId == eventId && m.Status != MeetingStatus.Draft).ToListAsync(ct);
                header = ["meeting_id", "starts_at", "table", "participant_a", "participant_b", "status", "source", "no_show"];
                rows = meetings.OrderBy(m => m.PublishedSlotIndex).ThenBy(m => m.PublishedTable).Select(m => new[]
                {
                    Num(m.Id), Local(slots[m.PublishedSlotIndex!.Value].StartsAt), e.TableName(m.PublishedTable),
                    names[m.ARegistrationId], names[m.BRegistrationId], m.Status.ToString(), m.Source.ToString(), m.NoShowRegistrationId is { } n ? names[n] : "",
                });
                break;
            case "feedback":
                var feedback = await (from f in db.MeetingFeedback
                                      join m in db.EventMeetings on f.MeetingId equals m.Id
                                      where m.EventId == eventId
                                      select new { f.MeetingId, f.RegistrationId, Other = m.ARegistrationId == f.RegistrationId ? m.BRegistrationId : m.ARegistrationId, f.Rating, f.Outcome, f.CreatedAt })
                    .ToListAsync(ct);
                header = ["meeting_id", "from_participant", "about_participant", "rating", "outcome", "given_at"];
                rows = feedback.OrderBy(r => r.MeetingId).Select(r => new[]
                {
                    Num(r.MeetingId), names[r.RegistrationId], names[r.Other], Num(r.Rating), r.Outcome.ToString(), Local(r.CreatedAt),
                });
                break;
            default:
                return Outcome.Invalid("What", "Export participants, meetings or feedback.").As<string>();
        }

        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: true))
        {
            csv.WriteHeader(header);
            foreach (var row in rows)
            {
                csv.WriteRecord(row);
            }
        }

        return Outcome.Done(text.ToString());
    }

    private static string Num(long value) => value.ToString(CultureInfo.InvariantCulture);

    private async Task<Outcome?> DeniedAsync(string userId, int eventId, CancellationToken ct)
    {
        if (!await db.Events.AnyAsync(e => e.Id == eventId, ct))
        {
            return Outcome.NotFound("That event does not exist.");
        }

        return await access.IsOrganiserAsync(userId, eventId, ct) ? null : Outcome.Forbidden("Only the event's organisers see its reports.");
    }
}
