using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Core.Profiles;

internal sealed class ProfileInvitationConfiguration : IEntityTypeConfiguration<ProfileInvitation>
{
    public void Configure(EntityTypeBuilder<ProfileInvitation> builder)
    {
        builder.HasOne(i => i.Profile).WithMany().HasForeignKey(i => i.ProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(i => i.Email).HasMaxLength(256);
        builder.Property(i => i.NormalizedEmail).HasMaxLength(256);
        builder.Property(i => i.InvitedByUserId).HasMaxLength(450);
        builder.Property(i => i.ClosedByUserId).HasMaxLength(450);
        builder.Property(i => i.Role).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        // One waiting invitation per address and profile, so two quick clicks cannot send two.
        builder.HasIndex(i => new { i.ProfileId, i.NormalizedEmail }).IsUnique().HasFilter("\"Status\" = 'Pending'");
        builder.HasIndex(i => new { i.NormalizedEmail, i.Status });
    }
}
