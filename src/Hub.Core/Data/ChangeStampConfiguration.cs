using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Core.Data;

internal sealed class ChangeStampConfiguration : IEntityTypeConfiguration<ChangeStamp>
{
    public void Configure(EntityTypeBuilder<ChangeStamp> builder)
    {
        builder.ToTable("ChangeStamps");
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(100);
        // The row exists from the start, so a bump is one atomic UPDATE on any provider.
        builder.HasData(new ChangeStamp { Name = ChangeStamps.MatchingInputs, Value = 0 });
    }
}
