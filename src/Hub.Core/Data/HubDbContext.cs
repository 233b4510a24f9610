using Hub.Core.Accounts;
using Hub.Core.Compute;
using Hub.Core.Profiles;
using Hub.Core.Taxonomy;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Data;

/// <remarks>Also holds the data-protection keys (cookies, tokens), so a restart or a second instance reads the same keys.</remarks>
public class HubDbContext(DbContextOptions<HubDbContext> options) : IdentityDbContext<HubUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Profile> Profiles => Set<Profile>();

    public DbSet<ProfileMember> ProfileMembers => Set<ProfileMember>();

    public DbSet<ProfileInvitation> ProfileInvitations => Set<ProfileInvitation>();

    public DbSet<ProfileFieldVisibility> ProfileFieldVisibilities => Set<ProfileFieldVisibility>();

    public DbSet<ProfileLogo> ProfileLogos => Set<ProfileLogo>();

    public DbSet<Tag> Tags => Set<Tag>();

    public DbSet<ComputeOffer> ComputeOffers => Set<ComputeOffer>();

    public DbSet<ComputeOfferMonth> ComputeOfferMonths => Set<ComputeOfferMonth>();

    public DbSet<ComputeNeed> ComputeNeeds => Set<ComputeNeed>();

    public DbSet<ComputeApplication> ComputeApplications => Set<ComputeApplication>();

    public DbSet<ComputeReview> ComputeReviews => Set<ComputeReview>();

    public DbSet<ComputeAllocation> ComputeAllocations => Set<ComputeAllocation>();

    public DbSet<Recommendations.InteractionSignal> InteractionSignals => Set<Recommendations.InteractionSignal>();

    public DbSet<Recommendations.ModelVersion> ModelVersions => Set<Recommendations.ModelVersion>();

    public DbSet<Recommendations.PersonalisationConsent> PersonalisationConsents => Set<Recommendations.PersonalisationConsent>();

    public DbSet<Recommendations.DailySignalCount> DailySignalCounts => Set<Recommendations.DailySignalCount>();

    public DbSet<Recommendations.SignalImport> SignalImports => Set<Recommendations.SignalImport>();

    public DbSet<Introductions.Introduction> Introductions => Set<Introductions.Introduction>();

    public DbSet<Conversations.Conversation> Conversations => Set<Conversations.Conversation>();

    public DbSet<Conversations.Message> Messages => Set<Conversations.Message>();

    public DbSet<Conversations.ConversationRead> ConversationReads => Set<Conversations.ConversationRead>();

    public DbSet<Introductions.ProfileBlock> ProfileBlocks => Set<Introductions.ProfileBlock>();

    public DbSet<Notifications.Notification> Notifications => Set<Notifications.Notification>();

    public DbSet<Notifications.NotificationPreference> NotificationPreferences => Set<Notifications.NotificationPreference>();

    public DbSet<Notifications.NotificationSettings> NotificationSettings => Set<Notifications.NotificationSettings>();

    public DbSet<Jobs.PeriodicJobState> PeriodicJobs => Set<Jobs.PeriodicJobState>();

    public DbSet<Events.MatchmakingEvent> Events => Set<Events.MatchmakingEvent>();

    public DbSet<Events.EventSession> EventSessions => Set<Events.EventSession>();

    public DbSet<Events.EventSlot> EventSlots => Set<Events.EventSlot>();

    public DbSet<Events.EventOrganiser> EventOrganisers => Set<Events.EventOrganiser>();

    public DbSet<Events.EventRegistration> EventRegistrations => Set<Events.EventRegistration>();

    public DbSet<Events.EventPreference> EventPreferences => Set<Events.EventPreference>();

    public DbSet<Events.MeetingRequest> MeetingRequests => Set<Events.MeetingRequest>();

    public DbSet<Events.EventMeeting> EventMeetings => Set<Events.EventMeeting>();

    public DbSet<Events.MeetingFeedback> MeetingFeedback => Set<Events.MeetingFeedback>();

    public DbSet<Audit.AuditEntry> AuditEntries => Set<Audit.AuditEntry>();

    public DbSet<PendingSignIn> PendingSignIns => Set<PendingSignIn>();

    public DbSet<ChangeStamp> ChangeStamps => Set<ChangeStamp>();

    /// <summary>
    /// On PostgreSQL every DateTime is a <c>timestamp without time zone</c> holding the value as written, like SQLite's
    /// text: Hub keeps UTC instants and an event's local wall-clock times alike in DateTime, and reads them back with an
    /// unspecified kind on both providers (decision 015).
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsNpgsql())
        {
            configurationBuilder.Properties<DateTime>().HaveColumnType("timestamp without time zone").HaveConversion<UnspecifiedDateTimeConverter>();
            configurationBuilder.Properties<DateTime?>().HaveColumnType("timestamp without time zone").HaveConversion<UnspecifiedDateTimeConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(HubDbContext).Assembly);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAuditEdits();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAuditEdits();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>The audit log is append-only; the database's triggers refuse the same, this says so before the round trip.</summary>
    private void RefuseAuditEdits()
    {
        if (ChangeTracker.Entries<Audit.AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Audit entries cannot be changed or deleted.");
        }
    }
}
