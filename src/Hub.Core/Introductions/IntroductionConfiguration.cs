using Hub.Core.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Core.Introductions;

internal sealed class IntroductionConfiguration : IEntityTypeConfiguration<Introduction>
{
    public void Configure(EntityTypeBuilder<Introduction> builder)
    {
        builder.Property(i => i.Note).HasMaxLength(IntroductionRules.MaxNote);
        builder.Property(i => i.DeclineReason).HasMaxLength(IntroductionRules.MaxDeclineReason);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasOne<Profile>().WithMany().HasForeignKey(i => i.FromProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Profile>().WithMany().HasForeignKey(i => i.ToProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.FromProfileId, i.ToProfileId, i.Status });
        builder.HasIndex(i => new { i.ToProfileId, i.Status });
        builder.HasIndex(i => new { i.Status, i.ExpiresAt });
    }
}
