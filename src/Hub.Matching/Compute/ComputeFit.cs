using Hub.Core.Compute;
using Hub.Core.Profiles;

namespace Hub.Matching.Compute;

/// <summary>
/// How well one offer fits one need: the hard rules that rule the pair out, the score's parts, the hours the offer can
/// give and the reasons and cautions in both readers' voices. Pure; <see cref="ComputeMatcher"/> loads the inputs and
/// ranks by <see cref="Score"/>. docs/compute-matching.md lists the rules and weights.
/// </summary>
/// <param name="Blockers">Why the pair is no match; empty when it is one.</param>
/// <param name="Parts">The score's parts (all zero when the pair is no match).</param>
/// <param name="CoveredHours">GPU-hours the offer can give the need from this month on: each month at most the need's
/// hours a month, the offer's per-application limit and that month's free hours.</param>
/// <param name="WantedHours">GPU-hours the need still wants from this month on (all of them when it has not started).</param>
public sealed record ComputeFit(
    IReadOnlyList<FitNote> Blockers, FitScore Parts, int CoveredHours, int WantedHours, IReadOnlyList<FitNote> Reasons, IReadOnlyList<FitNote> Cautions)
{
    /// <summary>Training under a job limit shorter than this (a day) has to checkpoint, which is worth a caution.</summary>
    public const int LongJobHours = 24;

    /// <summary>The certification personal data calls for; others count half.</summary>
    public const string SecurityCertification = "ISO 27001";

    /// <summary>An access call whose next cut-off is this many days away or more scores the least for speed.</summary>
    private const double SlowestCallDays = 120;

    private static readonly FitScore Nothing = new(0, 0, 0, 0, 0, 0, 0);

    public bool IsMatch => Blockers.Count == 0;

    /// <summary>0–1, higher is better; 0 when the pair is no match.</summary>
    public double Score => IsMatch ? Parts.Total : 0;

    public IReadOnlyList<string> ReasonsForOwner => Voice(Reasons, n => n.ForOwner);

    public IReadOnlyList<string> CautionsForOwner => Voice(Cautions, n => n.ForOwner);

    public IReadOnlyList<string> ReasonsForProvider => Voice(Reasons, n => n.ForProvider);

    public IReadOnlyList<string> CautionsForProvider => Voice(Cautions, n => n.ForProvider);

    /// <summary>Weighs the offer against the need.</summary>
    /// <param name="months">The offer's ledger months (others are ignored); a month of the window without a row has nothing free.</param>
    /// <param name="applicant">The need's profile, checked against the offer's rules (no risk class: a need has none).</param>
    /// <param name="today">Months before this one are over and count for nothing; cut-offs are read from this day.</param>
    public static ComputeFit Assess(ComputeNeed need, ComputeOffer offer, IEnumerable<ComputeOfferMonth> months, Applicant applicant, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(need);
        ArgumentNullException.ThrowIfNull(offer);
        ArgumentNullException.ThrowIfNull(months);
        ArgumentNullException.ThrowIfNull(applicant);

        var thisMonth = ComputeMonths.Of(today);
        var first = ComputeMonths.Of(need.FirstMonth) > thisMonth ? ComputeMonths.Of(need.FirstMonth) : thisMonth;
        var last = ComputeMonths.Of(need.LastMonth);
        var eligibility = Eligibility.Check(offer, applicant);
        var blockers = eligibility.Unmet.Select(f => Note(f.ForApplicant, f.ForProvider)).ToList();
        if (last < first)
        {
            blockers.Add(new("Your timeframe is over", "Their timeframe is over"));
            return new ComputeFit(blockers, Nothing, 0, 0, [], []);
        }

        var reasons = new List<FitNote>();
        var cautions = new List<FitNote>();
        var (covered, wanted) = Coverage(need, offer, months, first, last, blockers, reasons, cautions);
        var (cost, speed) = Access(need, offer, covered, today, first, last, blockers, reasons, cautions);
        var residency = Residency(need, offer, blockers, reasons);
        var memory = Memory(need, offer, blockers, reasons);
        var certification = Certification(need, offer, reasons, cautions);
        var jobLimits = JobLimits(need, offer, cautions);
        reasons.AddRange(eligibility.Findings.Where(f => f.Met).Select(f => Note(f.ForApplicant, f.ForProvider)));

        // A pair that is no match shows why not, never reasons for it.
        return blockers.Count > 0
            ? new ComputeFit(blockers, Nothing, covered, wanted, [], [])
            : new ComputeFit([], new FitScore((double)covered / wanted, cost, residency, speed, memory, certification, jobLimits), covered, wanted, reasons, cautions);
    }

    private static (int Covered, int Wanted) Coverage(ComputeNeed need, ComputeOffer offer, IEnumerable<ComputeOfferMonth> months,
        DateOnly first, DateOnly last, List<FitNote> blockers, List<FitNote> reasons, List<FitNote> cautions)
    {
        var (windowFirst, windowLast) = offer.Months;
        var remaining = ComputeMonths.Range(first, last).ToList();
        var perMonth = need.HoursPerMonth;
        var wanted = (int)Math.Min(need.GpuHours, (long)perMonth * remaining.Count);
        var during = During(first, last);
        if (windowFirst > last || windowLast < first)
        {
            var window = ComputeMonths.Span(windowFirst, windowLast);
            var timeframe = ComputeMonths.Span(first, last);
            blockers.Add(new($"The offer's hours are for {window}, outside your timeframe ({timeframe})",
                $"They need compute for {timeframe}, outside your offer's window ({window})"));
            return (0, wanted);
        }

        var free = months.Where(m => m.Month >= first && m.Month <= last).ToDictionary(m => m.Month, m => Math.Max(0, m.FreeHours));
        var limit = offer.MaxHoursPerMonth;
        var ask = limit is { } most ? Math.Min(perMonth, most) : perMonth;
        var covered = 0L;
        var shortMonths = new List<(DateOnly Month, int Free)>();
        foreach (var month in remaining.Where(m => m >= windowFirst && m <= windowLast))
        {
            var hours = free.GetValueOrDefault(month);
            covered += Math.Min(ask, hours);
            if (hours < ask)
            {
                shortMonths.Add((month, hours));
            }
        }

        // Hours a month are rounded up, so the months together may hold a few more than the need asks for.
        var coveredHours = (int)Math.Min(covered, wanted);
        if (coveredHours == 0)
        {
            blockers.Add(new($"No GPU-hours of the offer are free {during}", $"Your offer has no free GPU-hours {during}, when they need compute"));
            return (0, wanted);
        }

        reasons.Add(coveredHours >= wanted
            ? new($"All {H(wanted)} GPU-hours you need are free {during}", $"They need {H(wanted)} GPU-hours {during}; all fit in your free capacity")
            : new($"{H(coveredHours)} of the {H(wanted)} GPU-hours you need are free {during}",
                $"They need {H(wanted)} GPU-hours {during}; {H(coveredHours)} fit in your free capacity"));

        if (limit is { } max && max < perMonth)
        {
            var who = offer.AccessMode == AccessMode.FastLane ? "The fast lane" : "The offer";
            cautions.Add(new($"{who} gives at most {H(max)} GPU-hours a month to one application; you need {H(perMonth)}",
                $"They need {H(perMonth)} GPU-hours a month; your offer gives at most {H(max)} to one application"));
        }

        if (windowFirst > first)
        {
            cautions.Add(new($"The offer starts in {ComputeMonths.Label(windowFirst)}; you need compute from {ComputeMonths.Label(first)}",
                $"They need compute from {ComputeMonths.Label(first)}; your offer starts in {ComputeMonths.Label(windowFirst)}"));
        }

        if (windowLast < last)
        {
            cautions.Add(new($"The offer ends in {ComputeMonths.Label(windowLast)}; you need compute until {ComputeMonths.Label(last)}",
                $"They need compute until {ComputeMonths.Label(last)}; your offer ends in {ComputeMonths.Label(windowLast)}"));
        }

        // Two short months are named one by one; more would crowd the card, so they are summed up by the tightest.
        if (shortMonths.Count is 1 or 2)
        {
            cautions.AddRange(shortMonths.Select(s => s.Free == 0
                ? new FitNote($"No GPU-hours are free in {ComputeMonths.Label(s.Month)}", $"Your offer has no free GPU-hours in {ComputeMonths.Label(s.Month)}")
                : new FitNote($"Only {H(s.Free)} of the {H(perMonth)} GPU-hours you need are free in {ComputeMonths.Label(s.Month)}",
                    $"Only {H(s.Free)} of the {H(perMonth)} GPU-hours they need are free in {ComputeMonths.Label(s.Month)} in your offer")));
        }
        else if (shortMonths.Count > 2)
        {
            var tightest = shortMonths.MinBy(s => s.Free);
            var fewest = $"fewest in {ComputeMonths.Label(tightest.Month)} ({H(tightest.Free)})";
            cautions.Add(new($"Fewer GPU-hours than you need are free in {shortMonths.Count} of your {remaining.Count} months; {fewest}",
                $"Your offer has fewer free GPU-hours than they need in {shortMonths.Count} of their {remaining.Count} months; {fewest}"));
        }

        return (coveredHours, wanted);
    }

    /// <summary>What the hours cost and how soon they are decided.</summary>
    private static (double Cost, double Speed) Access(ComputeNeed need, ComputeOffer offer, int covered, DateOnly today, DateOnly first, DateOnly last,
        List<FitNote> blockers, List<FitNote> reasons, List<FitNote> cautions)
    {
        switch (offer.AccessMode)
        {
            case AccessMode.AccessCall:
                if (offer.CutOffFor(today) is not { } cutOff)
                {
                    blockers.Add(new("The call's last cut-off has passed: it takes no more applications", "Your call's last cut-off has passed"));
                    return (1, 0);
                }

                var day = ComputeLabels.Day(cutOff);
                if (cutOff >= last.AddMonths(1))
                {
                    blockers.Add(new($"The call decides after {day}, when your timeframe is over",
                        $"Your call decides after {day}, when their timeframe is over"));
                }
                else if (cutOff >= first)
                {
                    cautions.Add(new($"The call decides after {day}, when your timeframe has begun",
                        $"Your call decides after {day}, when their timeframe has begun"));
                }

                reasons.Add(new($"Free through a peer-reviewed access call; applications are decided after the cut-off on {day}",
                    $"They can apply to your access call by the cut-off on {day}"));
                var days = cutOff.DayNumber - today.DayNumber;
                return (1, Math.Clamp(1 - (days / SlowestCallDays), 0.2, 1));

            case AccessMode.FastLane:
                reasons.Add(new("Free through the fast lane, decided as applications come",
                    FreeOnly(need) ? "They look for free access, and your fast lane is free" : null));
                return (1, 1);

            default:
                // Hard, not a penalty: a need without a budget has said it can't pay, so a paid offer would only waste both sides' time.
                if (need.BudgetEur is not { } budget || budget <= 0)
                {
                    blockers.Add(new("The offer is paid, and you look for free access only", "They look for free access only, and your offer is paid"));
                    return (0, 1);
                }

                var price = offer.PricePerGpuHourEur ?? 0;
                var cost = covered * price;
                var estimate = $"about {ComputeLabels.Euros(cost)} for those GPU-hours";
                if (cost <= budget)
                {
                    reasons.Add(new($"Within your budget: {estimate} at {ComputeLabels.Price(price)} each",
                        $"Their budget of {ComputeLabels.Euros(budget)} covers {estimate} at your price"));
                }
                else
                {
                    cautions.Add(new($"Over your {ComputeLabels.Euros(budget)} budget: {estimate} at {ComputeLabels.Price(price)} each",
                        $"Over their {ComputeLabels.Euros(budget)} budget: {estimate} at your price"));
                }

                reasons.Add(new("Decided as applications come", null));
                var share = (double)(cost / budget);
                return (share <= 1 ? 1 - (0.5 * share) : 0.5 / share, 1);
        }
    }

    private static double Residency(ComputeNeed need, ComputeOffer offer, List<FitNote> blockers, List<FitNote> reasons)
    {
        var code = offer.DataResidency.Trim().ToUpperInvariant();
        var country = ComputeLabels.Residency(code);
        var inLuxembourg = code == "LU";
        switch (need.Residency)
        {
            case ResidencyRequirement.Luxembourg when inLuxembourg:
                reasons.Add(new("Your data stays in Luxembourg", "Their data must stay in Luxembourg; yours does"));
                return 1;
            case ResidencyRequirement.Luxembourg:
                blockers.Add(new($"Your data must stay in Luxembourg; this offer keeps it in {country}", $"Their data must stay in Luxembourg; yours stays in {country}"));
                return 0;
            case ResidencyRequirement.EuropeanUnion when Countries.Eu.Contains(code):
                reasons.Add(new($"Your data stays in the EU, in {country}", $"Their data must stay in the EU; yours stays in {country}"));
                // Luxembourg is the hub's home jurisdiction: one regulator and one language of contract for everyone.
                return inLuxembourg ? 1 : 0.5;
            case ResidencyRequirement.EuropeanUnion:
                blockers.Add(new($"Your data must stay in the EU; this offer keeps it in {country}", $"Their data must stay in the EU; yours stays in {country}"));
                return 0;
            default:
                return 1;
        }
    }

    private static double Memory(ComputeNeed need, ComputeOffer offer, List<FitNote> blockers, List<FitNote> reasons)
    {
        var has = offer.MemoryPerAcceleratorGb;
        var needs = need.MinMemoryGb;
        if (has < needs)
        {
            blockers.Add(new($"The offer's GPUs have {has} GB each; you need at least {needs} GB", $"They need at least {needs} GB per GPU; yours have {has} GB"));
            return 0;
        }

        reasons.Add(new($"{offer.Accelerator} with {has} GB per GPU; you need at least {needs} GB", $"They need at least {needs} GB per GPU; yours have {has} GB"));
        // Headroom is worth something (larger batches, longer contexts), but no more once the memory is twice what is needed.
        return needs <= 0 ? 1 : 0.5 + (0.5 * Math.Min(1, (has - needs) / (double)needs));
    }

    private static double Certification(ComputeNeed need, ComputeOffer offer, List<FitNote> reasons, List<FitNote> cautions)
    {
        if (need.Sensitivity is not (DataSensitivity.Personal or DataSensitivity.Special))
        {
            return 1;
        }

        var data = need.Sensitivity == DataSensitivity.Personal ? "personal data" : "special-category data";
        var certified = offer.Certifications.Any(c => c.Replace(" ", "", StringComparison.Ordinal).Contains("27001", StringComparison.Ordinal));
        if (offer.Certifications.Count > 0)
        {
            var list = offer.Certifications.Count == 1
                ? offer.Certifications[0]
                : string.Join(", ", offer.Certifications.Take(offer.Certifications.Count - 1)) + " and " + offer.Certifications[^1];
            reasons.Add(new($"Certified {list}, for your {data}", $"They handle {data}; your offer is certified {list}"));
        }

        if (!certified)
        {
            cautions.Add(new($"The offer lists no {SecurityCertification} certification; ask how it protects your {data}",
                $"They handle {data}, and your offer lists no {SecurityCertification} certification"));
        }

        return certified ? 1 : offer.Certifications.Count > 0 ? 0.5 : 0;
    }

    private static double JobLimits(ComputeNeed need, ComputeOffer offer, List<FitNote> cautions)
    {
        if (need.Workload != Workload.Training || offer.MaxJobHours is not { } limit || limit >= LongJobHours)
        {
            return 1;
        }

        var hours = limit == 1 ? "1 hour" : $"{limit} hours";
        cautions.Add(new($"Jobs run at most {hours}; checkpoint long training runs", $"They train models, and your jobs run at most {hours}: they'll need checkpoints"));
        return 0.5;
    }

    /// <summary>A need without a budget, or with none to spend, looks for free access only.</summary>
    private static bool FreeOnly(ComputeNeed need) => need.BudgetEur is not { } budget || budget <= 0;

    private static string[] Voice(IEnumerable<FitNote> notes, Func<FitNote, string?> reader) =>
        [.. notes.Select(reader).OfType<string>()];

    /// <summary>"from March to May 2027", or "in March 2027" for one month.</summary>
    private static string During(DateOnly first, DateOnly last) =>
        first == last ? $"in {ComputeMonths.Label(first)}" : $"from {ComputeMonths.Span(first, last)}";

    private static string H(long hours) => ComputeLabels.Hours(hours);

    /// <summary>Eligibility's sentences end with a full stop; reasons and cautions are list items without one.</summary>
    private static FitNote Note(string forOwner, string forProvider) => new(forOwner.TrimEnd('.'), forProvider.TrimEnd('.'));
}
