namespace Hub.Web.Mail;

/// <summary>The section <c>Hub:Mail:Smtp</c>. Without a <see cref="Host"/> Hub writes its mails to the log instead.</summary>
public sealed class SmtpSettings
{
    public const string Section = "Hub:Mail:Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender, e.g. <c>Hub &lt;hub@example.org&gt;</c>.</summary>
    public string From { get; set; } = "Hub <hub@localhost>";

    /// <summary>Upgrade the connection with STARTTLS (port 587); false means TLS from the start when the port is 465, else none.</summary>
    public bool StartTls { get; set; } = true;
}
