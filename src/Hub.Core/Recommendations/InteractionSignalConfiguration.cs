using Hub.Core.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Core.Recommendations;

internal sealed class InteractionSignalConfiguration : IEntityTypeConfiguration<InteractionSignal>
{
    public void Configure(EntityTypeBuilder<InteractionSignal> builder)
    {
        builder.Property(s => s.Source).HasMaxLength(100);
        builder.HasIndex(s => new { s.SeekerProfileId, s.CandidateProfileId });
        builder.HasIndex(s => new { s.CandidateProfileId, s.Kind });
        builder.HasIndex(s => s.CreatedAt);
        builder.HasOne<Profile>().WithMany().HasForeignKey(s => s.SeekerProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Profile>().WithMany().HasForeignKey(s => s.CandidateProfileId).OnDelete(DeleteBehavior.Cascade);
    }
}
