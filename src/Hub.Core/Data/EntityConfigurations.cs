using Hub.Core.Accounts;
using Hub.Core.Compute;
using Hub.Core.Profiles;
using Hub.Core.Taxonomy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Core.Data;

internal sealed class ProfileConfiguration : IEntityTypeConfiguration<Profile>
{
    public void Configure(EntityTypeBuilder<Profile> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(ProfileLimits.Name);
        builder.Property(p => p.Headline).HasMaxLength(ProfileLimits.Headline);
        builder.Property(p => p.Description).HasMaxLength(ProfileLimits.Description);
        builder.Property(p => p.Country).HasMaxLength(2);
        builder.Property(p => p.City).HasMaxLength(ProfileLimits.City);
        builder.Property(p => p.Website).HasMaxLength(ProfileLimits.Url);
        builder.Property(p => p.LogoUrl).HasMaxLength(ProfileLimits.Url);
        builder.Property(p => p.TagText).HasMaxLength(4000);
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

internal sealed class ProfileMemberConfiguration : IEntityTypeConfiguration<ProfileMember>
{
    public void Configure(EntityTypeBuilder<ProfileMember> builder)
    {
        builder.HasKey(m => new { m.ProfileId, m.UserId });
        builder.HasOne(m => m.Profile).WithMany(p => p.Members).HasForeignKey(m => m.ProfileId);
        builder.HasOne<HubUser>().WithMany().HasForeignKey(m => m.UserId);
        builder.HasIndex(m => m.UserId);
    }
}

internal sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> builder)
    {
        builder.Property(t => t.Slug).HasMaxLength(64);
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.HasIndex(t => t.Slug).IsUnique();
    }
}

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

internal sealed class HubUserConfiguration : IEntityTypeConfiguration<HubUser>
{
    public void Configure(EntityTypeBuilder<HubUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(100);
    }
}

internal sealed class InteractionSignalConfiguration : IEntityTypeConfiguration<Recommendations.InteractionSignal>
{
    public void Configure(EntityTypeBuilder<Recommendations.InteractionSignal> builder)
    {
        builder.Property(s => s.Source).HasMaxLength(100);
        builder.HasIndex(s => new { s.SeekerProfileId, s.CandidateProfileId });
        builder.HasIndex(s => new { s.CandidateProfileId, s.Kind });
        builder.HasIndex(s => s.CreatedAt);
        builder.HasOne<Profile>().WithMany().HasForeignKey(s => s.SeekerProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Profile>().WithMany().HasForeignKey(s => s.CandidateProfileId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ModelVersionConfiguration : IEntityTypeConfiguration<Recommendations.ModelVersion>
{
    public void Configure(EntityTypeBuilder<Recommendations.ModelVersion> builder)
    {
        builder.Property(m => m.Trigger).HasMaxLength(50);
    }
}
