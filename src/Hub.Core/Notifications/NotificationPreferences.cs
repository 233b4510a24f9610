using Hub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Notifications;

/// <summary>Reads and saves how each user wants to be told about things.</summary>
public sealed class NotificationPreferences(HubDbContext db)
{
    public async Task<NotificationChoices> ForUserAsync(string userId, CancellationToken ct = default)
    {
        var preferences = await db.NotificationPreferences.AsNoTracking().Where(p => p.UserId == userId).ToDictionaryAsync(p => p.Type, p => p.Delivery, ct);
        var settings = await db.NotificationSettings.AsNoTracking().SingleOrDefaultAsync(s => s.UserId == userId, ct) ?? new NotificationSettings { UserId = userId };
        var delivery = Enum.GetValues<NotificationType>().Where(t => t != NotificationType.Digest)
            .ToDictionary(t => t, t => preferences.GetValueOrDefault(t, DeliveryPreference.Live));
        return new NotificationChoices(delivery, settings.QuietFrom, settings.QuietTo, settings.TimeZone, settings.RecommendationBudgetPerDay,
            settings.ShareEmailOnAcceptance);
    }

    /// <summary>Saves every choice at once, or nothing when any of them is wrong.</summary>
    public async Task<Outcome> SaveAsync(string userId, NotificationChoices choices, CancellationToken ct = default)
    {
        if ((choices.QuietFrom is null) != (choices.QuietTo is null) || choices.QuietFrom is < 0 or > 23 || choices.QuietTo is < 0 or > 23)
        {
            return Outcome.Invalid(nameof(NotificationChoices.QuietFrom), "Quiet hours need both a start and an end hour between 0 and 23.");
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(choices.TimeZone, out _))
        {
            return Outcome.Invalid(nameof(NotificationChoices.TimeZone), $"Unknown time zone '{choices.TimeZone}'.");
        }

        if (choices.RecommendationBudget is < 0 or > 50)
        {
            return Outcome.Invalid(nameof(NotificationChoices.RecommendationBudget), "The daily budget for recommendation notifications is between 0 and 50.");
        }

        if (choices.Delivery.Any(p => !Enum.IsDefined(p.Value) || !Enum.IsDefined(p.Key)))
        {
            return Outcome.Invalid(nameof(NotificationChoices.Delivery), "Unknown delivery choice.");
        }

        // One transaction: the old choices are replaced, never lost half-way.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.NotificationPreferences.Where(p => p.UserId == userId).ExecuteDeleteAsync(ct);
        db.NotificationPreferences.AddRange(choices.Delivery.Where(p => p.Value != DeliveryPreference.Live)
            .Select(p => new NotificationPreference { UserId = userId, Type = p.Key, Delivery = p.Value }));
        var settings = await db.NotificationSettings.SingleOrDefaultAsync(s => s.UserId == userId, ct);
        if (settings is null)
        {
            settings = new NotificationSettings { UserId = userId };
            db.NotificationSettings.Add(settings);
        }

        settings.QuietFrom = choices.QuietFrom;
        settings.QuietTo = choices.QuietTo;
        settings.TimeZone = choices.TimeZone;
        settings.RecommendationBudgetPerDay = choices.RecommendationBudget;
        settings.ShareEmailOnAcceptance = choices.ShareEmail;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Outcome.Done();
    }

    /// <summary>
    /// The users, among those given, who chose to share their e-mail with the profiles they are introduced to. Sharing is
    /// opt-in: a user who never chose does not share.
    /// </summary>
    public Task<List<string>> SharingEmailAsync(IReadOnlyCollection<string> userIds, CancellationToken ct = default) =>
        db.NotificationSettings.Where(s => userIds.Contains(s.UserId) && s.ShareEmailOnAcceptance).Select(s => s.UserId).ToListAsync(ct);
}
