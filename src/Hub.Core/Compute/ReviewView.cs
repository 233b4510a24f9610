namespace Hub.Core.Compute;

/// <summary>A reviewer's score and comment, with their name; shown to the provider's members only.</summary>
public sealed record ReviewView(string ReviewerUserId, string ReviewerName, int Score, string Comment, DateTime At);
