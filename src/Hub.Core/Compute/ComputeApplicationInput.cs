namespace Hub.Core.Compute;

/// <summary>
/// An application's project scope, modelled on public access calls, and the AI Act self-assessment answers.
/// <see cref="Validate"/> checks the form on its own and, given the offer, against the offer's limits and window.
/// </summary>
public sealed class ComputeApplicationInput
{
    public const int MaxText = 4000;
    public const int MaxAnswer = 2000;

    public int ProfileId { get; set; }

    public int? NeedId { get; set; }

    public string Objective { get; set; } = "";

    public string DataDescription { get; set; } = "";

    public string TeamExperience { get; set; } = "";

    public int HoursPerMonth { get; set; }

    public DateOnly FirstMonth { get; set; }

    public DateOnly LastMonth { get; set; }

    public int? LongestJobHours { get; set; }

    public List<string> Answers { get; set; } = [];

    public RiskFactors RiskFactors { get; set; }

    public static ComputeApplicationInput From(ComputeApplication a) => new()
    {
        ProfileId = a.ProfileId, NeedId = a.NeedId, Objective = a.Objective, DataDescription = a.DataDescription, TeamExperience = a.TeamExperience,
        HoursPerMonth = a.HoursPerMonth, FirstMonth = a.FirstMonth, LastMonth = a.LastMonth, LongestJobHours = a.LongestJobHours,
        Answers = [.. a.Answers], RiskFactors = a.RiskFactors,
    };

    public static Dictionary<string, string[]> Validate(ComputeApplicationInput input, ComputeOffer offer, DateOnly thisMonth)
    {
        var errors = new Dictionary<string, string[]>();
        Text(errors, nameof(Objective), input.Objective, "Say what the project sets out to do.");
        Text(errors, nameof(DataDescription), input.DataDescription, "Describe the data the project uses and where it comes from.");
        Text(errors, nameof(TeamExperience), input.TeamExperience, "Tell the reviewers about the team's experience with GPUs and AI.");

        if (input.HoursPerMonth < 1)
        {
            errors[nameof(HoursPerMonth)] = ["Ask for at least 1 GPU-hour a month."];
        }
        else if (offer.MaxHoursPerMonth is { } max && input.HoursPerMonth > max)
        {
            errors[nameof(HoursPerMonth)] = [$"This offer gives at most {ComputeLabels.Hours(max)} GPU-hours a month to one application; ask for {ComputeLabels.Hours(max)} or fewer."];
        }
        else if (input.HoursPerMonth > offer.GpuHoursPerMonth)
        {
            errors[nameof(HoursPerMonth)] = [$"The whole offer holds {ComputeLabels.Hours(offer.GpuHoursPerMonth)} GPU-hours a month; ask for {ComputeLabels.Hours(offer.GpuHoursPerMonth)} or fewer."];
        }

        var first = ComputeMonths.Of(input.FirstMonth);
        var last = ComputeMonths.Of(input.LastMonth);
        var (windowFirst, windowLast) = offer.Months;
        var opens = windowFirst > thisMonth ? windowFirst : thisMonth;
        if (last < first)
        {
            errors[nameof(LastMonth)] = ["The last month comes after the first."];
        }
        else if (first < opens || last > windowLast)
        {
            errors[nameof(FirstMonth)] = [opens > windowLast
                ? "The offer's availability window is over."
                : $"The offer has hours from {ComputeMonths.Label(opens)} to {ComputeMonths.Label(windowLast)}; choose months within that window."];
        }

        if (input.LongestJobHours is { } job)
        {
            if (job < 1)
            {
                errors[nameof(LongestJobHours)] = ["A job runs at least an hour."];
            }
            else if (offer.MaxJobHours is { } limit && job > limit)
            {
                errors[nameof(LongestJobHours)] = [$"Jobs on this offer run at most {limit} hours; split longer runs with checkpoints."];
            }
        }

        for (var i = 0; i < offer.Questions.Count; i++)
        {
            var answer = i < input.Answers.Count ? input.Answers[i] : "";
            if (string.IsNullOrWhiteSpace(answer))
            {
                errors[$"Answers[{i}]"] = ["Answer the provider's question."];
            }
            else if (answer.Length > MaxAnswer)
            {
                errors[$"Answers[{i}]"] = [$"Keep the answer under {MaxAnswer} characters."];
            }
            else if (!SafeText.IsSafeText(answer))
            {
                errors[$"Answers[{i}]"] = [SafeText.Refusal("The answer")];
            }
        }

        return errors;
    }

    private static void Text(Dictionary<string, string[]> errors, string field, string value, string missing)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Length < 20)
        {
            errors[field] = [string.IsNullOrWhiteSpace(value) ? missing : missing + " A sentence or two at least (20 characters)."];
        }
        else if (value.Length > MaxText)
        {
            errors[field] = [$"Keep it under {MaxText} characters."];
        }
        else if (!SafeText.IsSafeText(value))
        {
            errors[field] = [SafeText.Refusal("The text")];
        }
    }
}
