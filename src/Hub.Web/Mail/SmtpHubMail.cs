using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Hub.Web.Mail;

/// <summary>Sends through the SMTP server in <c>Hub:Mail:Smtp</c>, one connection per message (Hub sends few).</summary>
public sealed class SmtpHubMail(IOptions<SmtpSettings> options) : IHubMail
{
    public async Task SendAsync(HubMailMessage message, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Body = new TextPart("plain") { Text = message.Body },
        };
        mime.From.Add(MailboxAddress.Parse(settings.From));
        mime.To.Add(MailboxAddress.Parse(message.To));

        using var client = new SmtpClient();
        var security = settings.StartTls ? SecureSocketOptions.StartTls
            : settings.Port == 465 ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.None;
        await client.ConnectAsync(settings.Host ?? throw new InvalidOperationException("Hub:Mail:Smtp:Host is not set."), settings.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.User))
        {
            await client.AuthenticateAsync(settings.User, settings.Password ?? "", cancellationToken);
        }

        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
