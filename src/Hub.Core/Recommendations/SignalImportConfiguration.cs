using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Core.Recommendations;

internal sealed class SignalImportConfiguration : IEntityTypeConfiguration<SignalImport>
{
    public void Configure(EntityTypeBuilder<SignalImport> builder)
    {
        builder.Property(i => i.Hash).HasMaxLength(64);
        builder.Property(i => i.Name).HasMaxLength(200);
        builder.Property(i => i.ImportedByUserId).HasMaxLength(450);
        // Two imports of the same file at once: the index lets exactly one of them add its signals.
        builder.HasIndex(i => i.Hash).IsUnique();
    }
}
