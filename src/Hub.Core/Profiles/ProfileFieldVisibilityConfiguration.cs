using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Core.Profiles;

internal sealed class ProfileFieldVisibilityConfiguration : IEntityTypeConfiguration<ProfileFieldVisibility>
{
    public void Configure(EntityTypeBuilder<ProfileFieldVisibility> builder)
    {
        builder.HasKey(v => new { v.ProfileId, v.Field });
        builder.Property(v => v.Field).HasConversion<string>().HasMaxLength(32);
        builder.HasOne<Profile>().WithMany(p => p.FieldVisibilities).HasForeignKey(v => v.ProfileId).OnDelete(DeleteBehavior.Cascade);
    }
}
