namespace Hub.Web.Mail;

public static class HubMailSetup
{
    /// <summary>SMTP when <c>Hub:Mail:Smtp:Host</c> is set, otherwise mails are written to the log.</summary>
    public static WebApplicationBuilder AddHubMail(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(SmtpSettings.Section);
        builder.Services.Configure<SmtpSettings>(section);
        if (string.IsNullOrWhiteSpace(section["Host"]))
        {
            builder.Services.AddSingleton<IHubMail, LoggedHubMail>();
        }
        else
        {
            builder.Services.AddSingleton<IHubMail, SmtpHubMail>();
        }

        return builder;
    }
}
