using Hub.Core.Accounts;
using Hub.Core.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Core.Events;

internal sealed class MatchmakingEventConfiguration : IEntityTypeConfiguration<MatchmakingEvent>
{
    public void Configure(EntityTypeBuilder<MatchmakingEvent> builder)
    {
        builder.ToTable("Events");
        builder.Property(e => e.Title).HasMaxLength(EventRules.MaxTitle);
        builder.Property(e => e.Description).HasMaxLength(EventRules.MaxDescription);
        builder.Property(e => e.Venue).HasMaxLength(200);
        builder.Property(e => e.OnlineLinkTemplate).HasMaxLength(300);
        builder.Property(e => e.TimeZoneId).HasMaxLength(64);
        builder.Property(e => e.TableNames).HasMaxLength(20_000);
        builder.Property(e => e.ScreenToken).HasMaxLength(64);
        builder.Ignore(e => e.Tables);
        builder.HasMany(e => e.Sessions).WithOne().HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.ScreenToken);
    }
}

internal sealed class EventSessionConfiguration : IEntityTypeConfiguration<EventSession>
{
    public void Configure(EntityTypeBuilder<EventSession> builder) => builder.Property(s => s.Name).HasMaxLength(80);
}

internal sealed class EventSlotConfiguration : IEntityTypeConfiguration<EventSlot>
{
    public void Configure(EntityTypeBuilder<EventSlot> builder)
    {
        builder.HasOne<MatchmakingEvent>().WithMany().HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.EventId, s.Index }).IsUnique();
    }
}

internal sealed class EventOrganiserConfiguration : IEntityTypeConfiguration<EventOrganiser>
{
    public void Configure(EntityTypeBuilder<EventOrganiser> builder)
    {
        builder.HasKey(o => new { o.EventId, o.UserId });
        builder.HasOne<MatchmakingEvent>().WithMany().HasForeignKey(o => o.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<HubUser>().WithMany().HasForeignKey(o => o.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(o => o.UserId);
    }
}

internal sealed class EventRegistrationConfiguration : IEntityTypeConfiguration<EventRegistration>
{
    public void Configure(EntityTypeBuilder<EventRegistration> builder)
    {
        builder.Property(r => r.Goal).HasMaxLength(EventRules.MaxGoal);
        builder.Property(r => r.RejectionReason).HasMaxLength(500);
        builder.Property(r => r.CheckInCode).HasMaxLength(64);
        builder.Property(r => r.CalendarToken).HasMaxLength(64);
        builder.HasOne<MatchmakingEvent>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Profile>().WithMany().HasForeignKey(r => r.ProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.EventId, r.ProfileId }).IsUnique();
        builder.HasIndex(r => r.CheckInCode).IsUnique();
        builder.HasIndex(r => r.CalendarToken).IsUnique();
    }
}

internal sealed class EventPreferenceConfiguration : IEntityTypeConfiguration<EventPreference>
{
    public void Configure(EntityTypeBuilder<EventPreference> builder)
    {
        builder.HasKey(p => new { p.FromRegistrationId, p.ToRegistrationId });
        builder.HasOne<EventRegistration>().WithMany().HasForeignKey(p => p.FromRegistrationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<EventRegistration>().WithMany().HasForeignKey(p => p.ToRegistrationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.EventId);
    }
}

internal sealed class MeetingRequestConfiguration : IEntityTypeConfiguration<MeetingRequest>
{
    public void Configure(EntityTypeBuilder<MeetingRequest> builder)
    {
        builder.Property(r => r.Note).HasMaxLength(EventRules.MaxRequestNote);
        builder.HasOne<EventRegistration>().WithMany().HasForeignKey(r => r.FromRegistrationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<EventRegistration>().WithMany().HasForeignKey(r => r.ToRegistrationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.EventId, r.Status });
        builder.HasIndex(r => new { r.Status, r.ExpiresAt });
    }
}

internal sealed class EventMeetingConfiguration : IEntityTypeConfiguration<EventMeeting>
{
    public void Configure(EntityTypeBuilder<EventMeeting> builder)
    {
        builder.Property(m => m.Uid).HasMaxLength(120);
        builder.HasOne<EventRegistration>().WithMany().HasForeignKey(m => m.ARegistrationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<EventRegistration>().WithMany().HasForeignKey(m => m.BRegistrationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.EventId, m.ARegistrationId, m.BRegistrationId }).IsUnique();
        builder.HasIndex(m => new { m.EventId, m.Status });
    }
}

internal sealed class MeetingFeedbackConfiguration : IEntityTypeConfiguration<MeetingFeedback>
{
    public void Configure(EntityTypeBuilder<MeetingFeedback> builder)
    {
        builder.HasKey(f => new { f.MeetingId, f.RegistrationId });
        builder.HasOne<EventMeeting>().WithMany().HasForeignKey(f => f.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}
