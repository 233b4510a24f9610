using Hub.Core.Taxonomy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Core.Profiles;

internal sealed class ProfileConfiguration : IEntityTypeConfiguration<Profile>
{
    public void Configure(EntityTypeBuilder<Profile> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(ProfileLimits.Name);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.Headline).HasMaxLength(ProfileLimits.Headline);
        builder.Property(p => p.Description).HasMaxLength(ProfileLimits.Description);
        builder.Property(p => p.Country).HasMaxLength(2);
        builder.Property(p => p.City).HasMaxLength(ProfileLimits.City);
        builder.Property(p => p.Website).HasMaxLength(ProfileLimits.Url);
        builder.Property(p => p.LogoUrl).HasMaxLength(ProfileLimits.Url);
        builder.Property(p => p.TagText).HasMaxLength(4000);
        builder.Property(p => p.CreatedByUserId).HasMaxLength(450);
        builder.HasIndex(p => new { p.CreatedByUserId, p.CreatedAt });
        // Kind-specific text and list columns take their shape from the field that declares them.
        foreach (var field in ProfileFieldCatalogue.All)
        {
            switch (field)
            {
                case TextField text:
                    builder.Property(text.Name).HasMaxLength(text.MaxLength);
                    break;
                case ListField list:
                    builder.PrimitiveCollection(list.Name);
                    break;
            }
        }

        builder.HasMany(p => p.Tags).WithMany().UsingEntity(
            "ProfileTags",
            r => r.HasOne(typeof(Tag)).WithMany().HasForeignKey("TagId").OnDelete(DeleteBehavior.Cascade),
            l => l.HasOne(typeof(Profile)).WithMany().HasForeignKey("ProfileId").OnDelete(DeleteBehavior.Cascade),
            j =>
            {
                j.HasKey("ProfileId", "TagId");
                // Tag filters look up profiles by tag: the reverse index makes that a range scan.
                j.HasIndex("TagId", "ProfileId");
            });

        builder.HasIndex(p => new { p.Kind, p.Name });
        // Covers every structured directory filter, so counting matches reads this narrow index instead of the wide rows.
        builder.HasIndex(p => new { p.Kind, p.Country, p.Stage, p.InvestorStages, p.RaiseTargetEur, p.TicketMinEur, p.TicketMaxEur, p.Seeks, p.Name, p.CreatedAt })
            .HasDatabaseName("IX_Profiles_DirectoryFilters");
        builder.HasIndex(p => p.Name);
        builder.HasIndex(p => p.Country);
        builder.HasIndex(p => p.Stage);
        builder.HasIndex(p => p.CreatedAt);
    }
}
