using Hub.Web.Mail;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Web.Tests;

public class HubMailSetupTests
{
    [Fact]
    public void MailGoesThroughSmtpWhenAHostIsConfiguredAndToTheLogOtherwise()
    {
        Assert.IsType<SmtpHubMail>(MailWith(new() { ["Hub:Mail:Smtp:Host"] = "smtp.example.org", ["Hub:Mail:Smtp:Port"] = "465" }));
        Assert.IsType<LoggedHubMail>(MailWith([]));
    }

    private static IHubMail MailWith(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddHubMail();
        return builder.Services.BuildServiceProvider().GetRequiredService<IHubMail>();
    }
}
