namespace Hub.Web.Mail;

/// <summary>Sends Hub's few e-mails (address confirmation, account notices). SMTP when configured, else the log.</summary>
public interface IHubMail
{
    /// <summary>Sends one message; throws when the mail server refuses it (callers decide what the person is told).</summary>
    Task SendAsync(HubMailMessage message, CancellationToken cancellationToken = default);
}
