using Hub.Core.Accounts;
using Hub.Core.Data;
using Hub.Core.Events;
using Hub.Core.Profiles;
using Hub.Core.Recommendations;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Seeding;

/// <summary>
/// Two events for the demo, dated around the day the demo is seeded, both organised by organiser@hub.demo: a past
/// investor day with its published schedule, check-ins, a no-show and feedback (so analytics have something to show),
/// and an upcoming open day open for registration (so a newcomer can register the demo profiles).
/// </summary>
internal static class DemoEvents
{
    private const string Zone = "Europe/Luxembourg";

    public static async Task SeedAsync(HubDbContext db, DateTime now, CancellationToken ct)
    {
        var organiser = await db.Users.Where(u => u.NormalizedEmail == "ORGANISER@HUB.DEMO").Select(u => u.Id).FirstOrDefaultAsync(ct);
        if (organiser is null)
        {
            return;
        }

        var featured = await db.ProfileMembers.Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.ProfileId, u.NormalizedEmail })
            .Where(x => x.NormalizedEmail == "STARTUP@HUB.DEMO" || x.NormalizedEmail == "INVESTOR@HUB.DEMO")
            .Select(x => x.ProfileId).ToListAsync(ct);
        var startups = await ProfilesAsync(db, ProfileKind.Startup, 14, ct);
        var investors = await ProfilesAsync(db, ProfileKind.Investor, 10, ct);
        var companies = await ProfilesAsync(db, ProfileKind.Company, 4, ct);
        var researchers = await ProfilesAsync(db, ProfileKind.Researcher, 4, ct);

        var zone = TimeZoneInfo.FindSystemTimeZoneById(Zone);
        var past = NewEvent("Luxembourg AI Investor Day",
            "Seed and Series A startups meet the investors of the Greater Region in 20-minute one-to-ones.",
            "House of Startups, Luxembourg", DateOnly.FromDateTime(now.AddDays(-30)), zone, now);
        past.AllowedKinds = [ProfileKind.Startup, ProfileKind.Investor, ProfileKind.Company];
        past.MaxMeetingsPerParticipant = 5;
        past.SchedulePublishedAt = now.AddDays(-32);
        var upcoming = NewEvent("AI Factory Open Day",
            "Researchers, startups and companies meet the national AI Factory and its compute partners: one-to-one meetings all afternoon.",
            "Luxembourg-Kirchberg", DateOnly.FromDateTime(now.AddDays(21)), zone, now);
        db.Events.AddRange(past, upcoming);
        await db.SaveChangesAsync(ct);
        db.EventOrganisers.AddRange(new EventOrganiser { EventId = past.Id, UserId = organiser }, new EventOrganiser { EventId = upcoming.Id, UserId = organiser });
        var pastSlots = EventEditor.SlotsOf(past);
        db.EventSlots.AddRange(pastSlots);
        db.EventSlots.AddRange(EventEditor.SlotsOf(upcoming));
        await db.SaveChangesAsync(ct);

        var random = new Random(2026);
        var pastPeople = featured.Concat(startups.Take(10)).Concat(investors.Take(8)).Concat(companies.Take(2)).Distinct().ToList();
        var registrations = new List<EventRegistration>();
        foreach (var (profile, i) in pastPeople.Select((p, i) => (p, i)))
        {
            var registered = past.RegistrationOpensAt.AddHours(6 + (i * 19) % (24 * 18));
            registrations.Add(Registration(past.Id, profile, organiser, RegistrationStatus.Approved, registered,
                checkedIn: i == pastPeople.Count - 1 ? null : pastSlots[0].StartsAt.AddMinutes(-20 + i % 15)));
        }

        db.EventRegistrations.AddRange(registrations);
        await db.SaveChangesAsync(ct);
        var kinds = await db.Profiles.Where(p => pastPeople.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Kind, ct);

        // A plain schedule: each startup with the investors and companies, earliest slot both are free, five meetings at most.
        var busy = new HashSet<(int Registration, int Slot)>();
        var count = new Dictionary<int, int>();
        var meetings = new List<EventMeeting>();
        var founders = registrations.Where(r => kinds[r.ProfileId] == ProfileKind.Startup).ToList();
        var backers = registrations.Where(r => kinds[r.ProfileId] != ProfileKind.Startup).ToList();
        foreach (var round in Enumerable.Range(0, backers.Count))
        {
            foreach (var (founder, f) in founders.Select((x, f) => (x, f)))
            {
                var backer = backers[(f + round) % backers.Count];
                if (count.GetValueOrDefault(founder.Id) >= past.MaxMeetingsPerParticipant || count.GetValueOrDefault(backer.Id) >= past.MaxMeetingsPerParticipant)
                {
                    continue;
                }

                var slot = pastSlots.Select(s => s.Index).Cast<int?>().FirstOrDefault(s => !busy.Contains((founder.Id, s!.Value)) && !busy.Contains((backer.Id, s!.Value))
                    && meetings.Count(m => m.PublishedSlotIndex == s) < past.Tables.Count);
                if (slot is not { } s)
                {
                    continue;
                }

                busy.Add((founder.Id, s));
                busy.Add((backer.Id, s));
                count[founder.Id] = count.GetValueOrDefault(founder.Id) + 1;
                count[backer.Id] = count.GetValueOrDefault(backer.Id) + 1;
                var (a, b) = founder.Id < backer.Id ? (founder.Id, backer.Id) : (backer.Id, founder.Id);
                meetings.Add(new EventMeeting
                {
                    EventId = past.Id, ARegistrationId = a, BRegistrationId = b, SlotIndex = s, PublishedSlotIndex = s,
                    Table = meetings.Count(m => m.PublishedSlotIndex == s), PublishedTable = meetings.Count(m => m.PublishedSlotIndex == s),
                    Status = MeetingStatus.Published, Source = MeetingSource.Proposed, Weight = Math.Round(0.4 + random.NextDouble() * 0.6, 3),
                    Uid = $"hub-event-{past.Id}-{a}-{b}@hub", UpdatedAt = past.SchedulePublishedAt!.Value, RemindedAt = pastSlots[s].StartsAt.AddMinutes(-2),
                });
            }
        }

        var absent = registrations[^1].Id;
        foreach (var m in meetings.Where(m => m.Involves(absent)))
        {
            m.NoShowRegistrationId = absent;
        }

        db.EventMeetings.AddRange(meetings);
        await db.SaveChangesAsync(ct);

        // Feedback from most people; the demo accounts' own profiles leave theirs for the newcomer to give.
        var profileOf = registrations.ToDictionary(r => r.Id, r => r.ProfileId);
        var outcomes = new[] { MeetingOutcome.None, MeetingOutcome.None, MeetingOutcome.FollowUpPlanned, MeetingOutcome.FollowUpPlanned, MeetingOutcome.Nda, MeetingOutcome.Pilot, MeetingOutcome.InvestmentTalks };
        foreach (var m in meetings.Where(m => m.NoShowRegistrationId is null))
        {
            foreach (var side in new[] { m.ARegistrationId, m.BRegistrationId })
            {
                if (featured.Contains(profileOf[side]) || random.NextDouble() < 0.2)
                {
                    continue;
                }

                var rating = 2 + random.Next(4);
                var outcome = rating >= 4 ? outcomes[random.Next(outcomes.Length)] : MeetingOutcome.None;
                var at = pastSlots[m.PublishedSlotIndex!.Value].EndsAt.AddHours(2);
                db.MeetingFeedback.Add(new MeetingFeedback { MeetingId = m.Id, RegistrationId = side, Rating = rating, Outcome = outcome, CreatedAt = at });
                db.InteractionSignals.Add(new InteractionSignal
                {
                    SeekerProfileId = profileOf[side], CandidateProfileId = profileOf[m.Other(side)], Source = $"event:{past.Id}", CreatedAt = at,
                    Kind = outcome != MeetingOutcome.None || rating >= 4 ? SignalKind.MeetingPositive : SignalKind.MeetingWithoutOutcome,
                });
            }
        }

        foreach (var (founder, i) in founders.Take(8).Select((x, i) => (x, i)))
        {
            var backer = backers[(i * 3 + 1) % backers.Count];
            db.MeetingRequests.Add(new MeetingRequest
            {
                EventId = past.Id, FromRegistrationId = founder.Id, ToRegistrationId = backer.Id, SenderUserId = organiser,
                Status = i % 4 == 3 ? MeetingRequestStatus.Declined : MeetingRequestStatus.Accepted,
                CreatedAt = past.RegistrationClosesAt.AddDays(-3), ExpiresAt = past.RegistrationClosesAt, AnsweredAt = past.RegistrationClosesAt.AddDays(-2),
            });
        }

        // The upcoming day: some registrations already in, two waiting for approval; the demo accounts are not registered yet.
        var upcomingPeople = startups.Skip(10).Concat(researchers).Concat(companies.Skip(2)).Concat(investors.Skip(8)).Where(p => !featured.Contains(p)).ToList();
        foreach (var (profile, i) in upcomingPeople.Select((p, i) => (p, i)))
        {
            db.EventRegistrations.Add(Registration(upcoming.Id, profile, organiser, i < upcomingPeople.Count - 2 ? RegistrationStatus.Approved : RegistrationStatus.Pending,
                now.AddDays(-7).AddHours(i * 9), checkedIn: null));
        }

        await db.SaveChangesAsync(ct);
    }

    private static MatchmakingEvent NewEvent(string title, string description, string venue, DateOnly day, TimeZoneInfo zone, DateTime now)
    {
        DateTime At(DateOnly d, int hour) => TimeZoneInfo.ConvertTimeToUtc(d.ToDateTime(new TimeOnly(hour, 0)), zone);
        return new MatchmakingEvent
        {
            Title = title,
            Description = description,
            Venue = venue,
            TimeZoneId = Zone,
            MeetingMinutes = 20,
            BreakMinutes = 5,
            TableNames = string.Join('\n', EventPlanning.NumberedTables(8)),
            RegistrationOpensAt = At(day.AddDays(-28), 9),
            RegistrationClosesAt = At(day.AddDays(-2), 18),
            ApprovalRequired = true,
            MaxMeetingsPerParticipant = 6,
            BreakAfterConsecutive = 4,
            FairnessMinimum = 2,
            CreatedAt = now,
            ScreenToken = EventEditor.NewToken(),
            Sessions = [new EventSession { Name = "Afternoon", StartsAt = At(day, 14), EndsAt = At(day, 17) }],
        };
    }

    private static EventRegistration Registration(int eventId, int profileId, string by, RegistrationStatus status, DateTime at, DateTime? checkedIn) => new()
    {
        EventId = eventId, ProfileId = profileId, RegisteredByUserId = by, Status = status, CreatedAt = at,
        DecidedAt = status == RegistrationStatus.Approved ? at.AddDays(1) : null, CheckedInAt = checkedIn,
        CheckInCode = EventEditor.NewToken(), CalendarToken = EventEditor.NewToken(),
        Goal = "Meet partners for the next step of our AI roadmap.",
    };

    private static Task<List<int>> ProfilesAsync(HubDbContext db, ProfileKind kind, int take, CancellationToken ct) =>
        db.Profiles.Where(p => p.Kind == kind).OrderBy(p => p.Id).Select(p => p.Id).Take(take).ToListAsync(ct);
}
