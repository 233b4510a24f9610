namespace Hub.Core.Compute;

/// <summary>One rule of an offer checked against an applicant, worded for each reader.</summary>
/// <param name="Met">True when the rule lets the applicant in.</param>
/// <param name="ForApplicant">As the applicant reads it ("You're a startup: the offer is open to startups").</param>
/// <param name="ForProvider">As the provider reads it ("They're a startup: your offer is open to startups").</param>
public sealed record EligibilityFinding(bool Met, string ForApplicant, string ForProvider);
