using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Core.Jobs;

internal sealed class PeriodicJobStateConfiguration : IEntityTypeConfiguration<PeriodicJobState>
{
    public void Configure(EntityTypeBuilder<PeriodicJobState> builder)
    {
        builder.ToTable("PeriodicJobs");
        builder.HasKey(j => j.Name);
        builder.Property(j => j.Name).HasMaxLength(100);
        builder.Property(j => j.LeasedBy).HasMaxLength(100);
        builder.Property(j => j.LastOutcome).HasMaxLength(500);
    }
}
