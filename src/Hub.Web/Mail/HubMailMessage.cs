namespace Hub.Web.Mail;

/// <summary>A plain-text e-mail to one address. <see cref="Link"/> is the one action the mail asks for, if any.</summary>
public sealed record HubMailMessage(string To, string Subject, string Body, string? Link = null);
