using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Core.Compute;

internal sealed class ComputeOfferConfiguration : IEntityTypeConfiguration<ComputeOffer>
{
    public void Configure(EntityTypeBuilder<ComputeOffer> builder)
    {
        builder.Property(o => o.Title).HasMaxLength(200);
        builder.Property(o => o.Description).HasMaxLength(4000);
        builder.Property(o => o.Accelerator).HasMaxLength(100);
        builder.Property(o => o.DataResidency).HasMaxLength(2);
        builder.Property(o => o.PricePerGpuHourEur).HasPrecision(10, 2);
        builder.PrimitiveCollection(o => o.EligibleKinds);
        builder.PrimitiveCollection(o => o.Certifications);
        builder.HasOne(o => o.Provider).WithMany().HasForeignKey(o => o.ProviderId);
    }
}
