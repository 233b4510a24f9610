namespace Hub.Core.Conversations;

/// <summary>A person's name and e-mail, shared with the other side when the introduction was accepted.</summary>
public sealed record SharedContact(string DisplayName, string Email);
