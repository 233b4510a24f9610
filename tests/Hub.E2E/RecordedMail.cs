using System.Collections.Concurrent;
using Hub.Web.Mail;

namespace Hub.E2E;

/// <summary>Keeps every mail the app sends, so a flow can open the link as the person would from their inbox.</summary>
public sealed class RecordedMail : IHubMail
{
    private readonly ConcurrentQueue<HubMailMessage> _sent = new();

    public IReadOnlyList<HubMailMessage> To(string address) =>
        [.. _sent.Where(m => string.Equals(m.To, address, StringComparison.OrdinalIgnoreCase))];

    public Task SendAsync(HubMailMessage message, CancellationToken cancellationToken = default)
    {
        _sent.Enqueue(message);
        return Task.CompletedTask;
    }
}
