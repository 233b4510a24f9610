namespace Hub.Web.Components.Shared;

/// <summary>One tab of a <see cref="TabStrip"/>: its label, an optional icon (SVG path markup) and the test id its panel carries.</summary>
public sealed record TabItem(string Text, string TestId, string? Icon = null);
