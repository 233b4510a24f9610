using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Core.Introductions;

internal sealed class ProfileBlockConfiguration : IEntityTypeConfiguration<ProfileBlock>
{
    public void Configure(EntityTypeBuilder<ProfileBlock> builder) => builder.HasKey(b => new { b.BlockerProfileId, b.BlockedProfileId });
}
