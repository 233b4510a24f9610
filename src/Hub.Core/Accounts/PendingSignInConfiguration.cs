using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Core.Accounts;

internal sealed class PendingSignInConfiguration : IEntityTypeConfiguration<PendingSignIn>
{
    public void Configure(EntityTypeBuilder<PendingSignIn> builder)
    {
        builder.ToTable("PendingSignIns");
        builder.HasKey(p => p.TicketHash);
        builder.Property(p => p.TicketHash).HasMaxLength(64);
        builder.Property(p => p.UserId).HasMaxLength(450);
        builder.Property(p => p.ReturnUrl).HasMaxLength(2000);
        builder.Property(p => p.BrowserHash).HasMaxLength(32);
        builder.HasIndex(p => p.UserId);
        builder.HasIndex(p => p.ExpiresAt);
    }
}
