namespace Hub.Core.Compute;

/// <summary>A provider member's score (1–5) and comment on an application; one per reviewer, which they can revise.</summary>
public class ComputeReview
{
    public long Id { get; set; }

    public long ApplicationId { get; set; }

    public required string ReviewerUserId { get; set; }

    public int Score { get; set; }

    public string Comment { get; set; } = "";

    public DateTime At { get; set; }
}
