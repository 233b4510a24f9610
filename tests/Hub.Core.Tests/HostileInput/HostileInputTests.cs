using Hub.Core.Compute;
using Hub.Core.Conversations;
using Hub.Core.Data;
using Hub.Core.Events;
using Hub.Core.Introductions;
using Hub.Core.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Tests.HostileInput;

/// <summary>
/// Hostile input on every main form's service: oversized, empty, malformed numbers and dates, hidden Unicode (zero-width,
/// direction overrides, NUL and control characters, unpaired surrogates, stacked combining marks) and script-bearing
/// addresses. Each is refused with a message for the field it names, and nothing is stored.
/// </summary>
public sealed class HostileInputTests(HostileWorld world) : IClassFixture<HostileWorld>
{
    private static readonly string Huge = new('x', 100_000);

    /// <summary>One attempt: the field it must be refused for, what it does, and the rows it must not add to.</summary>
    private sealed record Attack(string Field, Func<HostileWorld, Task<IOutcome>> Attempt, Func<HubDbContext, Task<int>> Rows);

    private static Attack Profile(string field, Action<ProfileInput> change) => new(field, async w =>
    {
        var input = HostileWorld.Profile();
        change(input);
        return await w.Db.RunAsync<ProfileEditor, Outcome<int>>(e => e.CreateAsync(w.Startup.UserId, input));
    }, db => db.Profiles.CountAsync());

    private static Attack Offer(string field, Action<ComputeOfferInput> change) => new(field, async w =>
    {
        var input = w.Offer();
        change(input);
        return await w.Db.RunAsync<ComputeOffers, Outcome<int>>(o => o.CreateAsync(w.Provider.UserId, w.Provider.ProfileId, input));
    }, db => db.ComputeOffers.CountAsync());

    private static Attack Need(string field, Action<ComputeNeedInput> change) => new(field, async w =>
    {
        var input = w.Need();
        change(input);
        return await w.Db.RunAsync<ComputeNeeds, Outcome<int>>(n => n.CreateAsync(w.Startup.UserId, w.Startup.ProfileId, input));
    }, db => db.ComputeNeeds.CountAsync());

    private static Attack Application(string field, Action<ComputeApplicationInput> change) => new(field, async w =>
    {
        var input = w.Application();
        change(input);
        return await w.Db.RunAsync<ComputeApplications, Outcome<long>>(a => a.ApplyAsync(w.Startup.UserId, w.OfferId, input));
    }, db => db.ComputeApplications.CountAsync());

    private static Attack Event(string field, Action<EventInput> change) => new(field, async w =>
    {
        var input = w.Event();
        change(input);
        return await w.Db.RunAsync<EventEditor, Outcome<int>>(e => e.CreateAsync(w.Organiser.UserId, input));
    }, db => db.Events.CountAsync());

    private static Attack Message(string body) => new("Body",
        async w => await w.Db.RunAsync<ConversationService, Outcome<MessagePosted>>(c => c.SendAsync(w.Startup.UserId, w.ConversationId, body)),
        db => db.Messages.CountAsync());

    private static Attack Note(string note) => new(nameof(Introduction.Note),
        async w => await w.Db.RunAsync<IntroductionService, Outcome<long>>(i => i.SendAsync(w.Startup.UserId, w.Startup.ProfileId, w.Provider.ProfileId, note, [])),
        db => db.Introductions.CountAsync());

    // The goal is a column of the registration: "nothing stored" is a goal that did not change.
    private static Attack Goal(string goal) => new(nameof(EventRegistration.Goal),
        async w => await w.Db.RunAsync<EventRegistrations, Outcome>(r => r.UpdateParticipationAsync(w.Startup.UserId, w.RegistrationId, goal, [])),
        db => db.EventRegistrations.Where(r => r.Goal.Length > 0).CountAsync());

    // A provider's usage upload; "nothing stored" is the sum of recorded hours staying put.
    private static Attack Usage(string csv) => new("File",
        async w => await w.Db.RunAsync<ComputeUsage, Outcome<int>>(u => u.ImportAsync(w.Provider.UserId, w.Provider.ProfileId, csv)),
        db => db.ComputeAllocations.SumAsync(a => a.UsedHours));

    private static readonly Dictionary<string, Attack> Attacks = new()
    {
        ["profile name empty"] = Profile("Name", p => p.Name = ""),
        ["profile name whitespace"] = Profile("Name", p => p.Name = " \t "),
        ["profile name oversized"] = Profile("Name", p => p.Name = Huge),
        ["profile name zero-width space"] = Profile("Name", p => p.Name = "A\u200Bda"),
        ["profile name bidi override"] = Profile("Name", p => p.Name = "\u202Eevil"),
        ["profile name NUL"] = Profile("Name", p => p.Name = "Ada\0 Labs"),
        ["profile name bell"] = Profile("Name", p => p.Name = "Ada\u0007 Labs"),
        ["profile name line break"] = Profile("Name", p => p.Name = "Ada\nLabs"),
        ["profile name lone surrogate"] = Profile("Name", p => p.Name = "Ada \uD800Labs"),
        ["profile name stacked marks"] = Profile("Name", p => p.Name = "Ada" + new string('\u0301', 12)),
        ["profile name byte-order mark"] = Profile("Name", p => p.Name = "\uFEFFAda Labs"),
        ["profile headline zero-width"] = Profile("Headline", p => p.Headline = "Computer vision\u200B for hospitals"),
        ["profile headline isolate"] = Profile("Headline", p => p.Headline = "Computer vision \u2067for hospitals\u2069"),
        ["profile description oversized"] = Profile("Description", p => p.Description = Huge),
        ["profile description bidi override"] = Profile("Description", p => p.Description = "We detect anomalies \u202Ein telemetry."),
        ["profile description NUL"] = Profile("Description", p => p.Description = "We detect\0 anomalies."),
        ["profile city control"] = Profile("City", p => p.City = "Esch\u001B[31m"),
        ["profile website javascript"] = Profile("Website", p => p.Website = "javascript:alert(1)"),
        ["profile website data"] = Profile("Website", p => p.Website = "data:text/html,<script>alert(1)</script>"),
        ["profile website relative"] = Profile("Website", p => p.Website = "not a web address"),
        ["profile website oversized"] = Profile("Website", p => p.Website = "https://example.com/" + Huge),
        ["profile founded year malformed"] = Profile("FoundedYear", p => p.FoundedYear = 30_000),
        ["profile team size negative"] = Profile("TeamSize", p => p.TeamSize = -1),
        ["profile raise target negative"] = Profile("RaiseTargetEur", p => p.RaiseTargetEur = -5),

        ["offer title empty"] = Offer("Title", o => o.Title = "  "),
        ["offer title oversized"] = Offer("Title", o => o.Title = Huge),
        ["offer title bidi override"] = Offer("Title", o => o.Title = "\u202Eloop UPG"),
        ["offer title NUL"] = Offer("Title", o => o.Title = "GPU\0pool"),
        ["offer description oversized"] = Offer("Description", o => o.Description = Huge),
        ["offer description override"] = Offer("Description", o => o.Description = "Fast \u202Enodes"),
        ["offer accelerator zero-width"] = Offer("Accelerator", o => o.Accelerator = "H100\u200B"),
        ["offer hours negative"] = Offer("GpuHoursPerMonth", o => o.GpuHoursPerMonth = -1),
        ["offer hours overflow"] = Offer("GpuHoursPerMonth", o => o.GpuHoursPerMonth = int.MaxValue),
        ["offer question control"] = Offer("Questions", o => o.Questions = ["Which\u0008 framework?"]),

        ["need title empty"] = Need("Title", n => n.Title = ""),
        ["need title lone surrogate"] = Need("Title", n => n.Title = "Fine-tuning \uDC00"),
        ["need title bidi override"] = Need("Title", n => n.Title = "\u202Egninut-eniF"),
        ["need hours zero"] = Need("GpuHours", n => n.GpuHours = 0),
        ["need months reversed"] = Need("LastMonth", n => n.LastMonth = n.FirstMonth.AddMonths(-3)),
        ["need stack NUL"] = Need("SoftwareStack", n => n.SoftwareStack = "PyTorch\0"),

        ["application objective empty"] = Application("Objective", a => a.Objective = ""),
        ["application objective oversized"] = Application("Objective", a => a.Objective = Huge),
        ["application objective override"] = Application("Objective", a => a.Objective = "Train the triage model \u202Eon public data sets."),
        ["application objective NUL"] = Application("Objective", a => a.Objective = "Train the triage model\0 on public data sets."),
        ["application hours negative"] = Application("HoursPerMonth", a => a.HoursPerMonth = -5),
        ["application months reversed"] = Application("LastMonth", a => a.LastMonth = a.FirstMonth.AddMonths(-2)),
        ["application job hours zero"] = Application("LongestJobHours", a => a.LongestJobHours = 0),

        ["event title empty"] = Event("Title", e => e.Title = ""),
        ["event title oversized"] = Event("Title", e => e.Title = Huge),
        ["event title zero-width"] = Event("Title", e => e.Title = "A\u200Bda day"),
        ["event title bidi override"] = Event("Title", e => e.Title = "\u202Eyad live"),
        ["event venue control"] = Event("Venue", e => e.Venue = "Hall\u0007 A"),
        ["event description override"] = Event("Description", e => e.Description = "Meet \u202Einvestors"),
        ["event description oversized"] = Event("Description", e => e.Description = Huge),
        ["event minutes zero"] = Event("MeetingMinutes", e => e.MeetingMinutes = 0),
        ["event time zone unknown"] = Event("TimeZoneId", e => e.TimeZoneId = "Mars/Olympus_Mons"),
        ["event link javascript"] = Event("OnlineLinkTemplate", e => e.OnlineLinkTemplate = "javascript:alert(1)"),

        ["message empty"] = Message(""),
        ["message whitespace"] = Message("  \n\t "),
        ["message oversized"] = Message(Huge),
        ["message NUL"] = Message("Thursday\0 works"),
        ["message bidi override"] = Message("See you \u202Eyadsruht"),
        ["message lone surrogate"] = Message("See you \uD83D"),

        ["introduction note empty"] = Note(""),
        ["introduction note oversized"] = Note(Huge),
        ["introduction note override"] = Note("We would like to pilot \u202Eyour GPU pool for a month."),
        ["introduction note control"] = Note("We would like to pilot\u001B your GPU pool for a month."),

        ["registration goal override"] = Goal("Meet two \u202Eseed investors"),
        ["registration goal oversized"] = Goal(Huge),

        ["usage csv empty"] = Usage(""),
        ["usage csv wrong columns"] = Usage("id;hours\n1;2"),
        ["usage csv header only"] = Usage("application_id,month,used_hours\n"),
        ["usage csv words for numbers"] = Usage("application_id,month,used_hours\nseven,2026-11,12"),
        ["usage csv malformed month"] = Usage("application_id,month,used_hours\n1,2026-13,12"),
        ["usage csv negative hours"] = Usage("application_id,month,used_hours\n1,2026-11,-40"),
        ["usage csv script in a cell"] = Usage("application_id,month,used_hours\n<script>alert(1)</script>,2026-11,1"),
        ["usage csv unterminated quote"] = Usage("application_id,month,used_hours\n\"1,2026-11,1"),
        ["usage csv binary"] = Usage("\0\u0001\u0002PK\u0003\u0004"),
        ["usage csv too many rows"] = Usage("application_id,month,used_hours\n" + string.Concat(Enumerable.Repeat("1,2026-11,1\n", 10_001))),
    };

    public static TheoryData<string> Cases => [.. Attacks.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task IsRefusedWithAMessageForTheFieldAndStoresNothing(string name)
    {
        var attack = Attacks[name];
        var before = await world.Db.QueryAsync(attack.Rows);

        var outcome = await attack.Attempt(world);

        Assert.Equal(OutcomeStatus.Invalid, outcome.Status);
        Assert.True(outcome.Errors.TryGetValue(attack.Field, out var messages) && messages.Length > 0,
            $"Refused, but not for {attack.Field}: {string.Join("; ", outcome.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))}");
        Assert.All(messages, m => Assert.False(string.IsNullOrWhiteSpace(m)));
        Assert.Equal(before, await world.Db.QueryAsync(attack.Rows));
    }

    [Theory]
    [InlineData("Zoe\u0308 Robotics")]           // a combining diaeresis: "Zoë" typed on a decomposing keyboard
    [InlineData("Chloé & Søren Labs")]
    [InlineData("نرم\u200Cافزار")]                 // Persian needs the zero-width non-joiner between letters
    [InlineData("<script>alert(1)</script>")]      // stored as text; pages escape it
    public async Task LegitimateUnicodeAndScriptTextInANameAreStoredAsTyped(string name)
    {
        var input = HostileWorld.Profile();
        input.Name = name;

        var created = await world.Db.RunAsync<ProfileEditor, Outcome<int>>(e => e.CreateAsync(world.Startup.UserId, input));

        Assert.True(created.Succeeded, created.Message);
        Assert.Equal(name, await world.Db.QueryAsync(db => db.Profiles.Where(p => p.Id == created.Value).Select(p => p.Name).SingleAsync()));
    }

    [Theory]
    [InlineData("Thursday works 👩\u200D💻 see you then")]
    [InlineData("Line one\nline two\ttabbed")]
    [InlineData("<script>alert(1)</script> and javascript:alert(1)")]
    public async Task FreeTextWithEmojiLineBreaksOrScriptIsStoredAsTyped(string body)
    {
        var sent = await world.Db.RunAsync<ConversationService, Outcome<MessagePosted>>(c => c.SendAsync(world.Startup.UserId, world.ConversationId, body));

        Assert.True(sent.Succeeded, sent.Message);
        Assert.Equal(body.Trim(), sent.Value!.Body);
    }
}
