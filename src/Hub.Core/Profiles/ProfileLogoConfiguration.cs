using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Core.Profiles;

internal sealed class ProfileLogoConfiguration : IEntityTypeConfiguration<ProfileLogo>
{
    public void Configure(EntityTypeBuilder<ProfileLogo> builder)
    {
        builder.HasKey(l => l.ProfileId);
        builder.HasOne<Profile>().WithOne().HasForeignKey<ProfileLogo>(l => l.ProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(l => l.ContentType).HasMaxLength(32);
        builder.Property(l => l.Hash).HasMaxLength(64);
    }
}
