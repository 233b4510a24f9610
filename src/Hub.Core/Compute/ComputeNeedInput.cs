namespace Hub.Core.Compute;

/// <summary>What a startup, researcher or company fills in to describe a need; <see cref="Validate"/> runs on both sides.</summary>
public sealed class ComputeNeedInput
{
    public const int MaxTitle = 120;

    public string Title { get; set; } = "";

    public int GpuHours { get; set; } = 1000;

    public int MinMemoryGb { get; set; } = 40;

    public DateOnly FirstMonth { get; set; }

    public DateOnly LastMonth { get; set; }

    public Workload Workload { get; set; } = Workload.Training;

    public DataSensitivity Sensitivity { get; set; } = DataSensitivity.Confidential;

    public ResidencyRequirement Residency { get; set; } = ResidencyRequirement.EuropeanUnion;

    public decimal? BudgetEur { get; set; }

    public string SoftwareStack { get; set; } = "";

    public static ComputeNeedInput From(ComputeNeed n) => new()
    {
        Title = n.Title, GpuHours = n.GpuHours, MinMemoryGb = n.MinMemoryGb, FirstMonth = n.FirstMonth, LastMonth = n.LastMonth,
        Workload = n.Workload, Sensitivity = n.Sensitivity, Residency = n.Residency, BudgetEur = n.BudgetEur, SoftwareStack = n.SoftwareStack,
    };

    public void ApplyTo(ComputeNeed n)
    {
        n.Title = Title.Trim();
        n.GpuHours = GpuHours;
        n.MinMemoryGb = MinMemoryGb;
        n.FirstMonth = ComputeMonths.Of(FirstMonth);
        n.LastMonth = ComputeMonths.Of(LastMonth);
        n.Workload = Workload;
        n.Sensitivity = Sensitivity;
        n.Residency = Residency;
        n.BudgetEur = BudgetEur;
        n.SoftwareStack = SoftwareStack.Trim();
    }

    /// <param name="thisMonth">A new need can't end before this month; null skips the check.</param>
    public static Dictionary<string, string[]> Validate(ComputeNeedInput input, DateOnly? thisMonth = null)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Title))
        {
            errors[nameof(Title)] = ["Say in a few words what the compute is for."];
        }
        else if (input.Title.Trim().Length > MaxTitle)
        {
            errors[nameof(Title)] = [$"Keep the title under {MaxTitle} characters."];
        }
        else if (!SafeText.IsSafeLine(input.Title))
        {
            errors[nameof(Title)] = [SafeText.Refusal("The title")];
        }

        if (input.GpuHours is < 1 or > 10_000_000)
        {
            errors[nameof(GpuHours)] = ["Ask for between 1 and 10,000,000 GPU-hours."];
        }

        if (input.MinMemoryGb is < 1 or > 1024)
        {
            errors[nameof(MinMemoryGb)] = ["GPU memory is between 1 and 1,024 GB."];
        }

        if (ComputeMonths.Of(input.LastMonth) < ComputeMonths.Of(input.FirstMonth))
        {
            errors[nameof(LastMonth)] = ["The timeframe ends after it starts."];
        }
        else if (ComputeMonths.Count(ComputeMonths.Of(input.FirstMonth), ComputeMonths.Of(input.LastMonth)) > 36)
        {
            errors[nameof(LastMonth)] = ["Keep the timeframe within three years."];
        }
        else if (thisMonth is { } month && ComputeMonths.Of(input.LastMonth) < month)
        {
            errors[nameof(LastMonth)] = ["The timeframe has to reach this month or later."];
        }

        if (!Enum.IsDefined(input.Workload))
        {
            errors[nameof(Workload)] = ["Choose the kind of workload."];
        }

        if (!Enum.IsDefined(input.Sensitivity))
        {
            errors[nameof(Sensitivity)] = ["Choose how sensitive the data is."];
        }

        if (!Enum.IsDefined(input.Residency))
        {
            errors[nameof(Residency)] = ["Choose where the data may be processed."];
        }

        if (input.BudgetEur is < 0m or > 100_000_000m)
        {
            errors[nameof(BudgetEur)] = ["The budget is between €0 and €100,000,000; leave it empty if you look for free access only."];
        }

        if (input.SoftwareStack.Length > 500)
        {
            errors[nameof(SoftwareStack)] = ["Keep the software stack under 500 characters."];
        }
        else if (!SafeText.IsSafeLine(input.SoftwareStack))
        {
            errors[nameof(SoftwareStack)] = [SafeText.Refusal("The software stack")];
        }

        return errors;
    }
}
