using System.Collections.Concurrent;
using Hub.Web.Mail;

namespace Hub.Web.Tests;

/// <summary>Keeps every mail the app sends, so a test can read and follow its link.</summary>
public sealed class RecordedMail : IHubMail
{
    private readonly ConcurrentQueue<HubMailMessage> _sent = new();

    public IReadOnlyList<HubMailMessage> Sent => [.. _sent];

    public IReadOnlyList<HubMailMessage> To(string address) =>
        [.. _sent.Where(m => string.Equals(m.To, address, StringComparison.OrdinalIgnoreCase))];

    public Task SendAsync(HubMailMessage message, CancellationToken cancellationToken = default)
    {
        _sent.Enqueue(message);
        return Task.CompletedTask;
    }
}
