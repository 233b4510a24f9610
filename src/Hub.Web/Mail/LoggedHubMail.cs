namespace Hub.Web.Mail;

/// <summary>
/// For a hub without SMTP (development, the demo): the message and its link go to the log, where the person running Hub
/// reads them. Anyone who can read the log can follow the link, so production configures SMTP (README).
/// </summary>
public sealed partial class LoggedHubMail(ILogger<LoggedHubMail> logger, IHostEnvironment environment) : IHubMail
{
    public Task SendAsync(HubMailMessage message, CancellationToken cancellationToken = default)
    {
        if (!environment.IsDevelopment())
        {
            NoSmtp(logger);
        }

        Written(logger, message.To, message.Subject, message.Link ?? "(none)", message.Body);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No SMTP server is configured (Hub:Mail:Smtp:Host): this mail goes to the log only, and nobody receives it.")]
    private static partial void NoSmtp(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail to {To}: {Subject}\nLink: {Link}\n{Body}")]
    private static partial void Written(ILogger logger, string to, string subject, string link, string body);
}
