using System.Net;
using System.Net.Sockets;
using System.Text;
using Hub.Web.Mail;
using Microsoft.Extensions.Options;

namespace Hub.Web.Tests;

/// <summary>The SMTP sender speaks to a real (minimal, in-process) SMTP server: sender, recipient, subject and link arrive.</summary>
public class SmtpHubMailTests
{
    [Fact]
    public async Task AMessageReachesTheSmtpServerWithItsRecipientSubjectAndLink()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var received = ReceiveOneAsync(listener);

        var mail = new SmtpHubMail(Options.Create(new SmtpSettings { Host = "127.0.0.1", Port = port, StartTls = false, From = "Hub <hub@example.org>" }));
        await mail.SendAsync(new HubMailMessage("lea@example.com", "Confirm your e-mail address for Hub", "Open https://hub.example.org/account/confirm?x=1", "https://hub.example.org/account/confirm?x=1"));

        var (from, to, data) = await received.WaitAsync(TimeSpan.FromSeconds(30));
        listener.Stop();
        Assert.Equal("<hub@example.org>", from);
        Assert.Equal("<lea@example.com>", to);
        Assert.Contains("Subject: Confirm your e-mail address for Hub", data, StringComparison.Ordinal);
        Assert.Contains("https://hub.example.org/account/confirm?x=1", data, StringComparison.Ordinal);
    }

    /// <summary>Just enough of RFC 5321 for one message without authentication or TLS.</summary>
    private static async Task<(string From, string To, string Data)> ReceiveOneAsync(TcpListener listener)
    {
        using var client = await listener.AcceptTcpClientAsync();
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        string from = "", to = "";
        var data = new StringBuilder();
        await writer.WriteLineAsync("220 localhost test SMTP");
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("EHLO", StringComparison.OrdinalIgnoreCase))
            {
                await writer.WriteLineAsync("250-localhost");
                await writer.WriteLineAsync("250 8BITMIME");
            }
            else if (line.StartsWith("MAIL FROM:", StringComparison.OrdinalIgnoreCase))
            {
                from = line["MAIL FROM:".Length..].Split(' ')[0];
                await writer.WriteLineAsync("250 OK");
            }
            else if (line.StartsWith("RCPT TO:", StringComparison.OrdinalIgnoreCase))
            {
                to = line["RCPT TO:".Length..].Split(' ')[0];
                await writer.WriteLineAsync("250 OK");
            }
            else if (line.Equals("DATA", StringComparison.OrdinalIgnoreCase))
            {
                await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                while (await reader.ReadLineAsync() is { } body && body != ".")
                {
                    data.AppendLine(body);
                }

                await writer.WriteLineAsync("250 OK queued");
            }
            else if (line.Equals("QUIT", StringComparison.OrdinalIgnoreCase))
            {
                await writer.WriteLineAsync("221 Bye");
                break;
            }
            else
            {
                await writer.WriteLineAsync("250 OK");
            }
        }

        return (from, to, data.ToString());
    }
}
