using Hub.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Core.Profiles;

internal sealed class ProfileMemberConfiguration : IEntityTypeConfiguration<ProfileMember>
{
    public void Configure(EntityTypeBuilder<ProfileMember> builder)
    {
        builder.HasKey(m => new { m.ProfileId, m.UserId });
        builder.HasOne(m => m.Profile).WithMany(p => p.Members).HasForeignKey(m => m.ProfileId);
        builder.HasOne<HubUser>().WithMany().HasForeignKey(m => m.UserId);
        builder.HasIndex(m => m.UserId);
    }
}
