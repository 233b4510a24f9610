using Hub.Core.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Core.Recommendations;

internal sealed class DailySignalCountConfiguration : IEntityTypeConfiguration<DailySignalCount>
{
    public void Configure(EntityTypeBuilder<DailySignalCount> builder)
    {
        builder.HasKey(c => new { c.Day, c.SeekerProfileId, c.CandidateProfileId, c.Kind });
        builder.HasIndex(c => new { c.SeekerProfileId, c.CandidateProfileId });
        builder.HasOne<Profile>().WithMany().HasForeignKey(c => c.SeekerProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Profile>().WithMany().HasForeignKey(c => c.CandidateProfileId).OnDelete(DeleteBehavior.Cascade);
    }
}
