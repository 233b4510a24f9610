using Hub.Core.Profiles;

namespace Hub.Core.Compute;

/// <summary>What a provider fills in to place or change an offer; <see cref="Validate"/> is the one rule both the form and the service run.</summary>
public sealed class ComputeOfferInput
{
    public const int MaxTitle = 120;
    public const int MaxDescription = 4000;
    public const int MaxQuestions = 8;
    public const int MaxQuestion = 300;

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    public string Accelerator { get; set; } = "";

    public int AcceleratorCount { get; set; } = 4;

    public int MemoryPerAcceleratorGb { get; set; } = 80;

    public int GpuHoursPerMonth { get; set; } = 1000;

    public AccessMode AccessMode { get; set; } = AccessMode.Paid;

    public decimal? PricePerGpuHourEur { get; set; }

    public int? MaxHoursPerMonth { get; set; }

    /// <summary>Cut-off dates, one per line (yyyy-mm-dd), for an access call.</summary>
    public List<DateOnly> CutOffs { get; set; } = [];

    public List<ProfileKind> EligibleKinds { get; set; } = [.. Applicant.Kinds];

    public bool SmeOnly { get; set; }

    public bool EuOnly { get; set; }

    public List<AiRiskClass> AcceptedRiskClasses { get; set; } = [AiRiskClass.Minimal, AiRiskClass.Limited, AiRiskClass.High];

    public string DataResidency { get; set; } = "LU";

    public List<string> Certifications { get; set; } = [];

    public int? MaxJobHours { get; set; }

    public int? MaxJobGpus { get; set; }

    public List<string> Questions { get; set; } = [];

    public DateOnly AvailableFrom { get; set; }

    public DateOnly AvailableUntil { get; set; }

    /// <summary>The offer's version when the form was opened; a save from an older version is refused. Null for a new offer.</summary>
    public int? Version { get; set; }

    public static ComputeOfferInput From(ComputeOffer o) => new()
    {
        Title = o.Title, Description = o.Description, Accelerator = o.Accelerator, AcceleratorCount = o.AcceleratorCount,
        MemoryPerAcceleratorGb = o.MemoryPerAcceleratorGb, GpuHoursPerMonth = o.GpuHoursPerMonth, AccessMode = o.AccessMode,
        PricePerGpuHourEur = o.PricePerGpuHourEur, MaxHoursPerMonth = o.MaxHoursPerMonth, CutOffs = [.. o.CutOffs],
        EligibleKinds = [.. o.EligibleKinds], SmeOnly = o.SmeOnly, EuOnly = o.EuOnly, AcceptedRiskClasses = [.. o.AcceptedRiskClasses],
        DataResidency = o.DataResidency, Certifications = [.. o.Certifications], MaxJobHours = o.MaxJobHours, MaxJobGpus = o.MaxJobGpus,
        Questions = [.. o.Questions], AvailableFrom = o.AvailableFrom, AvailableUntil = o.AvailableUntil,
        Version = o.Version,
    };

    /// <summary>Writes the input onto an offer (after <see cref="Validate"/> passed).</summary>
    public void ApplyTo(ComputeOffer o)
    {
        o.Title = Title.Trim();
        o.Description = Description.Trim();
        o.Accelerator = Accelerator.Trim();
        o.AcceleratorCount = AcceleratorCount;
        o.MemoryPerAcceleratorGb = MemoryPerAcceleratorGb;
        o.GpuHoursPerMonth = GpuHoursPerMonth;
        o.AccessMode = AccessMode;
        o.PricePerGpuHourEur = AccessMode == AccessMode.Paid ? PricePerGpuHourEur : null;
        o.MaxHoursPerMonth = MaxHoursPerMonth;
        o.CutOffs = AccessMode == AccessMode.AccessCall ? [.. CutOffs.Distinct().Order()] : [];
        o.EligibleKinds = [.. EligibleKinds.Distinct().Order()];
        o.SmeOnly = SmeOnly;
        o.EuOnly = EuOnly;
        o.AcceptedRiskClasses = [.. AcceptedRiskClasses.Where(r => r != AiRiskClass.Prohibited).Distinct().Order()];
        o.DataResidency = DataResidency.Trim().ToUpperInvariant();
        o.Certifications = [.. Certifications.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
        o.MaxJobHours = MaxJobHours;
        o.MaxJobGpus = MaxJobGpus;
        o.Questions = [.. Questions.Select(q => q.Trim()).Where(q => q.Length > 0)];
        o.AvailableFrom = AvailableFrom;
        o.AvailableUntil = AvailableUntil;
    }

    /// <param name="today">Cut-offs and a new window may not lie in the past; null skips those checks (an edit keeps its past).</param>
    public static Dictionary<string, string[]> Validate(ComputeOfferInput input, DateOnly? today = null)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }

            list.Add(message);
        }

        if (string.IsNullOrWhiteSpace(input.Title))
        {
            Add(nameof(Title), "Give the offer a title.");
        }
        else if (input.Title.Trim().Length > MaxTitle)
        {
            Add(nameof(Title), $"Keep the title under {MaxTitle} characters.");
        }
        else if (!SafeText.IsSafeLine(input.Title))
        {
            Add(nameof(Title), SafeText.Refusal("The title"));
        }

        if (input.Description.Length > MaxDescription)
        {
            Add(nameof(Description), $"Keep the description under {MaxDescription} characters.");
        }
        else if (!SafeText.IsSafeText(input.Description))
        {
            Add(nameof(Description), SafeText.Refusal("The description"));
        }

        if (string.IsNullOrWhiteSpace(input.Accelerator))
        {
            Add(nameof(Accelerator), "Name the accelerator model, e.g. NVIDIA H100 80GB.");
        }
        else if (input.Accelerator.Trim().Length > 100)
        {
            Add(nameof(Accelerator), "Keep the accelerator model under 100 characters.");
        }
        else if (!SafeText.IsSafeLine(input.Accelerator))
        {
            Add(nameof(Accelerator), SafeText.Refusal("The accelerator model"));
        }

        if (input.AcceleratorCount is < 1 or > 64)
        {
            Add(nameof(AcceleratorCount), "A node carries between 1 and 64 accelerators.");
        }

        if (input.MemoryPerAcceleratorGb is < 1 or > 1024)
        {
            Add(nameof(MemoryPerAcceleratorGb), "Memory per accelerator is between 1 and 1,024 GB.");
        }

        if (input.GpuHoursPerMonth is < 1 or > 10_000_000)
        {
            Add(nameof(GpuHoursPerMonth), "Offer between 1 and 10,000,000 GPU-hours a month.");
        }

        switch (input.AccessMode)
        {
            case AccessMode.Paid when input.PricePerGpuHourEur is not > 0m:
                Add(nameof(PricePerGpuHourEur), "A paid offer needs a price per GPU-hour above zero.");
                break;
            case AccessMode.Paid when input.PricePerGpuHourEur > 1000m:
                Add(nameof(PricePerGpuHourEur), "A price per GPU-hour above €1,000 is surely a typo.");
                break;
            case AccessMode.FastLane when input.MaxHoursPerMonth is null:
                Add(nameof(MaxHoursPerMonth), "The fast lane is for small allocations: set the most hours a month one application may ask for.");
                break;
            case AccessMode.AccessCall when input.CutOffs.Count == 0:
                Add(nameof(CutOffs), "An access call needs at least one cut-off date.");
                break;
            case not (AccessMode.Paid or AccessMode.FastLane or AccessMode.AccessCall):
                Add(nameof(AccessMode), "Choose how the hours are given out.");
                break;
        }

        if (input.MaxHoursPerMonth is { } max && (max < 1 || max > input.GpuHoursPerMonth))
        {
            Add(nameof(MaxHoursPerMonth), "The limit per application is between 1 hour and the offer's hours a month.");
        }

        if (input.AvailableUntil < input.AvailableFrom)
        {
            Add(nameof(AvailableUntil), "The window ends after it starts.");
        }
        else if (ComputeMonths.Count(input.AvailableFrom, input.AvailableUntil) > 60)
        {
            Add(nameof(AvailableUntil), "Keep the window within five years.");
        }

        if (input.AccessMode == AccessMode.AccessCall)
        {
            if (input.CutOffs.Any(c => c > input.AvailableUntil))
            {
                Add(nameof(CutOffs), "Every cut-off falls before the window ends.");
            }

            if (today is { } day && input.CutOffs.Count > 0 && input.CutOffs.All(c => c < day))
            {
                Add(nameof(CutOffs), "At least one cut-off lies ahead, or nobody can apply.");
            }
        }

        if (today is { } now && input.AvailableUntil < now)
        {
            Add(nameof(AvailableUntil), "The window has to reach into the future.");
        }

        if (input.EligibleKinds.Count == 0 || input.EligibleKinds.Any(k => !Applicant.Kinds.Contains(k)))
        {
            Add(nameof(EligibleKinds), "Choose who may apply: startups, researchers or companies.");
        }

        if (!input.AcceptedRiskClasses.Any(r => r != AiRiskClass.Prohibited))
        {
            Add(nameof(AcceptedRiskClasses), "Accept at least one risk class.");
        }

        if (!Countries.IsKnown(input.DataResidency ?? ""))
        {
            Add(nameof(DataResidency), "Choose the country where the data stays.");
        }

        if (input.Certifications.Count > 10 || input.Certifications.Any(c => c.Trim().Length > 60))
        {
            Add(nameof(Certifications), "List at most 10 certifications, each under 60 characters.");
        }
        else if (!input.Certifications.All(SafeText.IsSafeLine))
        {
            Add(nameof(Certifications), SafeText.Refusal("A certification"));
        }

        if (input.MaxJobHours is < 1 or > 8760)
        {
            Add(nameof(MaxJobHours), "The longest job runs between 1 and 8,760 hours.");
        }

        if (input.MaxJobGpus is { } gpus && (gpus < 1 || gpus > 100_000))
        {
            Add(nameof(MaxJobGpus), "The largest job uses between 1 and 100,000 GPUs.");
        }

        var questions = input.Questions.Where(q => !string.IsNullOrWhiteSpace(q)).ToList();
        if (questions.Count > MaxQuestions || questions.Any(q => q.Trim().Length > MaxQuestion))
        {
            Add(nameof(Questions), $"Ask at most {MaxQuestions} questions, each under {MaxQuestion} characters.");
        }
        else if (!questions.All(SafeText.IsSafeLine))
        {
            Add(nameof(Questions), SafeText.Refusal("A question"));
        }

        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }
}
