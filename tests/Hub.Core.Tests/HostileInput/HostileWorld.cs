using Hub.Core.Compute;
using Hub.Core.Events;
using Hub.Core.Introductions;
using Hub.Core.Profiles;

namespace Hub.Core.Tests.HostileInput;

/// <summary>
/// The demo world with one of each thing a form writes to: the demo startup, lab, provider and organiser, an offer,
/// an accepted introduction's conversation and an event the startup is registered for. Shared by a test class: every
/// test counts rows before and after, so what earlier tests stored does not matter.
/// </summary>
public sealed class HostileWorld : IAsyncLifetime
{
    public TestDatabase Db { get; private set; } = null!;

    public Person Startup { get; private set; } = null!;

    public Person Lab { get; private set; } = null!;

    public Person Provider { get; private set; } = null!;

    public Person Organiser { get; private set; } = null!;

    public int OfferId { get; private set; }

    public long ConversationId { get; private set; }

    public int EventId { get; private set; }

    public int RegistrationId { get; private set; }

    public DateOnly ThisMonth => ComputeMonths.Of(Db.Clock.GetUtcNow().UtcDateTime);

    public async Task InitializeAsync()
    {
        // Many attacks create profiles from one account: lift the creation limit, which has tests of its own.
        Db = await TestDatabase.CreateAsync(Worlds.Demo(), new Dictionary<string, string?> { ["Hub:Profiles:MaxCreatedPerPeriod"] = "1000", ["Hub:Profiles:MaxManaged"] = "1000" });
        Startup = await Db.PersonAsync("startup@hub.demo");
        Lab = await Db.PersonAsync("researcher@hub.demo");
        Provider = await Db.PersonAsync("compute@hub.demo");
        Organiser = await Db.PersonAsync("organiser@hub.demo");
        OfferId = Value(await Db.RunAsync<ComputeOffers, Outcome<int>>(o => o.CreateAsync(Provider.UserId, Provider.ProfileId, Offer())));
        var sent = Value(await Db.RunAsync<IntroductionService, Outcome<long>>(i => i.SendAsync(Startup.UserId, Startup.ProfileId, Lab.ProfileId, "We would like to pilot your imaging model in two hospitals.", [])));
        ConversationId = Value(await Db.RunAsync<IntroductionService, Outcome<long>>(i => i.AcceptAsync(Lab.UserId, sent)));
        EventId = Value(await Db.RunAsync<EventEditor, Outcome<int>>(e => e.CreateAsync(Organiser.UserId, Event())));
        RegistrationId = Value(await Db.RunAsync<EventRegistrations, Outcome<int>>(r => r.RegisterAsync(Startup.UserId, EventId, Startup.ProfileId)));
    }

    public async Task DisposeAsync() => await Db.DisposeAsync();

    public ComputeOfferInput Offer() => new()
    {
        Title = "Hostile input GPU pool",
        Description = "Eight H100 per node.",
        Accelerator = "NVIDIA H100 80GB",
        AcceleratorCount = 8,
        MemoryPerAcceleratorGb = 80,
        GpuHoursPerMonth = 1000,
        AccessMode = AccessMode.Paid,
        PricePerGpuHourEur = 2.5m,
        EligibleKinds = [ProfileKind.Startup, ProfileKind.Researcher, ProfileKind.Company],
        DataResidency = "LU",
        AvailableFrom = ThisMonth,
        AvailableUntil = ThisMonth.AddMonths(12).AddDays(-1),
    };

    public ComputeNeedInput Need() => new()
    {
        Title = "Fine-tuning a triage model", GpuHours = 800, MinMemoryGb = 40, FirstMonth = ThisMonth, LastMonth = ThisMonth.AddMonths(2), SoftwareStack = "PyTorch",
    };

    public ComputeApplicationInput Application() => new()
    {
        ProfileId = Startup.ProfileId,
        Objective = "Train the triage model on public chest X-ray sets.",
        DataDescription = "Public chest X-ray sets and our own labels; no personal data.",
        TeamExperience = "Two engineers who trained vision models on rented GPUs.",
        HoursPerMonth = 200,
        FirstMonth = ThisMonth,
        LastMonth = ThisMonth.AddMonths(1),
        LongestJobHours = 12,
    };

    public EventInput Event()
    {
        var day = Db.Clock.GetUtcNow().UtcDateTime.Date.AddDays(7);
        return new EventInput
        {
            Title = "Hostile input day",
            Description = "One-to-one meetings.",
            Venue = "European Convention Center",
            TableCount = 3,
            RegistrationOpensAt = day.AddDays(-8),
            RegistrationClosesAt = day.AddDays(-1),
            Sessions = [new SessionInput { Name = "Morning", StartsAt = day.AddHours(9), EndsAt = day.AddHours(11) }],
        };
    }

    public static ProfileInput Profile() => ProfileInputValidatorTests.ValidStartup();

    private static T Value<T>(Outcome<T> outcome)
    {
        Assert.True(outcome.Succeeded, outcome.Message);
        return outcome.Value!;
    }
}
