using Hub.Core;
using Hub.Core.Accounts;
using Hub.Core.Compute;
using Hub.Core.Conversations;
using Hub.Core.Data;
using Hub.Core.Events;
using Hub.Core.Introductions;
using Hub.Core.Profiles;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Web.Tests.AccessMatrix;

/// <summary>
/// One small world on top of the demo, arranged through Core's services, that gives every route parameter a concrete id
/// and puts a private marker in each resource, so a response can be searched for data it must not hold.
/// </summary>
public sealed class AccessScenario
{
    public const string OwnerEmail = "startup@hub.demo";
    public const string OtherMemberEmail = "investor@hub.demo";
    public const string OrganiserEmail = "organiser@hub.demo";
    public const string OtherOrganiserEmail = "matrix-organiser@example.com";
    public const string ProviderEmail = "compute@hub.demo";
    public const string OtherProviderEmail = "matrix-provider@example.com";
    public const string AdminEmail = "admin@hub.demo";

    /// <summary>The private markers, by what holds them. None is in the demo data; each is in exactly one resource.</summary>
    public static class Markers
    {
        public const string EventTitle = "Matrix closed event mx7e";
        public const string Goal = "mx7-goal: meet two seed investors about the pilot";
        public const string NeedTitle = "mx7-need: confidential fine-tuning run";
        public const string ApplicationObjective = "mx7-application: train the unpublished triage model";
        public const string IntroductionNote = "mx7-introduction: our lab would like to test your triage model";
        public const string Message = "mx7-message: our burn rate is 80k a month";

        public static readonly string[] All = [EventTitle, Goal, NeedTitle, ApplicationObjective, IntroductionNote, Message];
    }

    public required IReadOnlyDictionary<string, string> Ids { get; init; }

    public required string OwnerUserId { get; init; }

    public required string CounterpartUserId { get; init; }

    public required int OwnerProfileId { get; init; }

    public required int CounterpartProfileId { get; init; }

    /// <summary>The account that plays each signed-in role.</summary>
    public static string EmailOf(AccessRole role) => role switch
    {
        AccessRole.OwnerMember => OwnerEmail,
        AccessRole.OtherMember => OtherMemberEmail,
        AccessRole.EventOrganiser => OrganiserEmail,
        AccessRole.OtherOrganiser => OtherOrganiserEmail,
        AccessRole.ProviderMember => ProviderEmail,
        AccessRole.OtherProviderMember => OtherProviderEmail,
        AccessRole.Admin => AdminEmail,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Anonymous has no account."),
    };

    /// <summary>Replaces each {name} in a path with the scenario's id for it.</summary>
    public string Resolve(string path)
    {
        foreach (var (name, value) in Ids)
        {
            path = path.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        if (path.Contains('{', StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The scenario has no id for a parameter of {path}.");
        }

        return path;
    }

    public static async Task<AccessScenario> ArrangeAsync(HubWebFactory factory)
    {
        var services = factory.Services;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var (owner, startup) = await factory.DemoProfileAsync(OwnerEmail);
        var (counterpart, lab) = await factory.DemoProfileAsync("researcher@hub.demo");
        var organiser = await With<HubDbContext, string>(services, db => db.Users.Where(u => u.Email == OrganiserEmail).Select(u => u.Id).SingleAsync());
        var (provider, providerProfile) = await factory.DemoProfileAsync(ProviderEmail);

        // Another organiser with an event of their own, and a member of another provider's profile.
        var otherOrganiser = await factory.CreateMemberAsync(OtherOrganiserEmail);
        var otherProvider = await factory.CreateMemberAsync(OtherProviderEmail);
        await With<UserManager<HubUser>, IdentityResult>(services, async users => await users.AddToRoleAsync((await users.FindByIdAsync(otherOrganiser))!, HubRoles.Organiser));
        await With<HubDbContext, int>(services, async db =>
        {
            var another = await db.Profiles.Where(p => p.Kind == ProfileKind.ComputeProvider && p.Id != providerProfile).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
            db.ProfileMembers.Add(new ProfileMember { ProfileId = another, UserId = otherProvider, Role = ProfileRole.Owner, JoinedAt = now });
            return await db.SaveChangesAsync();
        });

        // A closed (not public) event whose title is private to its organisers and participants; the startup takes part.
        var day = now.Date.AddDays(7);
        EventInput Event(string title, bool isPublic) => new()
        {
            Title = title,
            Description = "One-to-one meetings.",
            Venue = "European Convention Center",
            MeetingMinutes = 20,
            BreakMinutes = 5,
            TableCount = 3,
            IsPublic = isPublic,
            RegistrationOpensAt = now.AddDays(-1),
            RegistrationClosesAt = day.AddDays(-1),
            Sessions = [new SessionInput { Name = "Morning", StartsAt = day.AddHours(9), EndsAt = day.AddHours(11) }],
        };
        var eventId = Value(await With<EventEditor, Outcome<int>>(services, e => e.CreateAsync(organiser, Event(Markers.EventTitle, isPublic: false))));
        var otherEventId = Value(await With<EventEditor, Outcome<int>>(services, e => e.CreateAsync(otherOrganiser, Event("Matrix open day", isPublic: true))));
        var registration = Value(await With<EventRegistrations, Outcome<int>>(services, r => r.RegisterAsync(owner, eventId, startup)));
        Done(await With<EventRegistrations, Outcome>(services, r => r.UpdateParticipationAsync(owner, registration, Markers.Goal, [])));
        Value(await With<EventRegistrations, Outcome<int>>(services, r => r.DecideAsync(organiser, eventId, [registration], true)));
        var (screen, calendar) = await With<HubDbContext, (string, string)>(services, async db => (
            await db.Events.Where(e => e.Id == eventId).Select(e => e.ScreenToken).SingleAsync(),
            await db.EventRegistrations.Where(r => r.Id == registration).Select(r => r.CalendarToken).SingleAsync()));

        // The startup's need, and its application to the demo provider's new offer.
        var thisMonth = ComputeMonths.Of(now);
        var need = Value(await With<ComputeNeeds, Outcome<int>>(services, n => n.CreateAsync(owner, startup, new ComputeNeedInput
        {
            Title = Markers.NeedTitle, GpuHours = 800, MinMemoryGb = 40, FirstMonth = thisMonth, LastMonth = thisMonth.AddMonths(2), SoftwareStack = "PyTorch",
        })));
        var offer = Value(await With<ComputeOffers, Outcome<int>>(services, o => o.CreateAsync(provider, providerProfile, new ComputeOfferInput
        {
            Title = "Matrix GPU pool",
            Description = "Eight H100 per node.",
            Accelerator = "NVIDIA H100 80GB",
            AcceleratorCount = 8,
            MemoryPerAcceleratorGb = 80,
            GpuHoursPerMonth = 1000,
            AccessMode = AccessMode.Paid,
            PricePerGpuHourEur = 2.5m,
            EligibleKinds = [ProfileKind.Startup, ProfileKind.Researcher, ProfileKind.Company],
            DataResidency = "LU",
            AvailableFrom = thisMonth,
            AvailableUntil = thisMonth.AddMonths(12).AddDays(-1),
        })));
        var application = Value(await With<ComputeApplications, Outcome<long>>(services, a => a.ApplyAsync(owner, offer, new ComputeApplicationInput
        {
            ProfileId = startup,
            Objective = Markers.ApplicationObjective,
            DataDescription = "Public chest X-ray sets and our own labels; no personal data.",
            TeamExperience = "Two engineers who trained vision models on rented GPUs.",
            HoursPerMonth = 200,
            FirstMonth = thisMonth,
            LastMonth = thisMonth.AddMonths(1),
            LongestJobHours = 12,
        })));

        // An introduction from the lab that the startup accepted (received ones are what the inbox first shows), and a
        // message from the startup in their conversation.
        var introduction = Value(await With<IntroductionService, Outcome<long>>(services, i => i.SendAsync(counterpart, lab, startup, Markers.IntroductionNote, [])));
        var conversation = Value(await With<IntroductionService, Outcome<long>>(services, i => i.AcceptAsync(owner, introduction)));
        Value(await With<ConversationService, Outcome<MessagePosted>>(services, c => c.SendAsync(owner, conversation, Markers.Message)));

        // A logo (a 1×1 PNG): logos are public, like a profile's name.
        var logo = await With<ProfileLogos, Outcome>(services, l => l.SetAsync(owner, startup,
            Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")));
        Assert.True(logo.Succeeded, logo.Message);

        return new AccessScenario
        {
            OwnerUserId = owner,
            CounterpartUserId = counterpart,
            OwnerProfileId = startup,
            CounterpartProfileId = lab,
            Ids = new Dictionary<string, string>
            {
                ["profile"] = $"{startup}",
                ["event"] = $"{eventId}",
                ["otherEvent"] = $"{otherEventId}",
                ["registration"] = $"{registration}",
                ["screen"] = screen,
                ["calendar"] = calendar,
                ["need"] = $"{need}",
                ["offer"] = $"{offer}",
                ["application"] = $"{application}",
                ["provider"] = $"{providerProfile}",
                ["introduction"] = $"{introduction}",
                ["conversation"] = $"{conversation}",
                // What a stranger would try in place of a secret token.
                ["forged"] = new string('A', 43),
            },
        };
    }

    private static T Value<T>(Outcome<T> outcome)
    {
        Assert.True(outcome.Succeeded, outcome.Message);
        return outcome.Value!;
    }

    private static void Done(Outcome outcome) => Assert.True(outcome.Succeeded, outcome.Message);

    private static async Task<T> With<TService, T>(IServiceProvider services, Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
