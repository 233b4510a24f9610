namespace Hub.Matching.Compute;

/// <summary>One finding about a need and an offer, worded for each of its two readers.</summary>
/// <param name="ForOwner">As the need's owner reads it: "Your data stays in Luxembourg"; null when it tells them nothing.</param>
/// <param name="ForProvider">As the offer's provider reads it: "Their data must stay in Luxembourg; yours does"; null when it tells them nothing.</param>
public sealed record FitNote(string? ForOwner, string? ForProvider);
