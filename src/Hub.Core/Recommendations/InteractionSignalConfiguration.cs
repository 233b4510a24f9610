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
        // Reloading "For you" must not inflate a competitor's exposure: one impression per viewer, candidate and day.
        builder.HasIndex(s => new { s.SeekerProfileId, s.CandidateProfileId, s.ImpressionDay }).IsUnique()
            .HasFilter("\"ImpressionDay\" IS NOT NULL").HasDatabaseName("IX_InteractionSignals_OneImpressionADay");
        builder.HasOne<Profile>().WithMany().HasForeignKey(s => s.SeekerProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Profile>().WithMany().HasForeignKey(s => s.CandidateProfileId).OnDelete(DeleteBehavior.Cascade);
    }
}
