using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Core.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.Title).HasMaxLength(200);
        builder.Property(n => n.Body).HasMaxLength(1000);
        builder.ComplexProperty(n => n.Target, t =>
        {
            t.Property(x => x.Kind).HasColumnName("TargetKind");
            t.Property(x => x.Id).HasColumnName("TargetId");
            t.Property(x => x.ForProfileId).HasColumnName("TargetForProfileId");
        });
        builder.HasIndex(n => new { n.UserId, n.Id });
    }
}
