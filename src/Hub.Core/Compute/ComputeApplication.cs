namespace Hub.Core.Compute;

/// <summary>A profile's application for hours of an offer: a short project scope and an AI Act self-assessment.</summary>
public class ComputeApplication
{
    public long Id { get; set; }

    public int OfferId { get; set; }

    public ComputeOffer? Offer { get; set; }

    /// <summary>The applying profile.</summary>
    public int ProfileId { get; set; }

    /// <summary>The need it answers, if it was made from one.</summary>
    public int? NeedId { get; set; }

    public required string SubmittedByUserId { get; set; }

    public required string Objective { get; set; }

    public required string DataDescription { get; set; }

    public required string TeamExperience { get; set; }

    /// <summary>GPU-hours a month asked for, in every month from <see cref="FirstMonth"/> to <see cref="LastMonth"/>.</summary>
    public int HoursPerMonth { get; set; }

    public DateOnly FirstMonth { get; set; }

    public DateOnly LastMonth { get; set; }

    /// <summary>Longest single job they expect, in hours.</summary>
    public int? LongestJobHours { get; set; }

    /// <summary>Answers to the offer's questions, in the same order.</summary>
    public List<string> Answers { get; set; } = [];

    public RiskFactors RiskFactors { get; set; }

    public AiRiskClass RiskClass { get; set; }

    public ApplicationStatus Status { get; set; } = ApplicationStatus.Submitted;

    /// <summary>Hours a month approved; less than asked when approved in part.</summary>
    public int? ApprovedHoursPerMonth { get; set; }

    /// <summary>The provider's reason for a rejection, the changes asked for, or a note on an approval.</summary>
    public string? DecisionNote { get; set; }

    public string? DecidedByUserId { get; set; }

    public DateTime? DecidedAt { get; set; }

    /// <summary>For an access call: the cut-off the application is decided after.</summary>
    public DateOnly? CutOff { get; set; }

    public DateTime SubmittedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Raised by every change; a decision only lands on the version its decider saw.</summary>
    public int Version { get; set; }

    /// <summary>Set when withdrawn (by the applicant, or when the provider ended the allocation).</summary>
    public DateTime? WithdrawnAt { get; set; }

    public int Months => ComputeMonths.Count(FirstMonth, LastMonth);

    public int TotalHours => HoursPerMonth * Months;

    public bool ApprovedInPart => ApprovedHoursPerMonth is { } approved && approved < HoursPerMonth;
}
