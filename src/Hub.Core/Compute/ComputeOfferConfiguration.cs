using Hub.Core.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Core.Compute;

internal sealed class ComputeOfferConfiguration : IEntityTypeConfiguration<ComputeOffer>
{
    public void Configure(EntityTypeBuilder<ComputeOffer> builder)
    {
        builder.Property(o => o.Title).HasMaxLength(200);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.Property(o => o.Description).HasMaxLength(ComputeOfferInput.MaxDescription);
        builder.Property(o => o.Accelerator).HasMaxLength(100);
        builder.Property(o => o.DataResidency).HasMaxLength(2);
        builder.Property(o => o.PricePerGpuHourEur).HasPrecision(10, 2);
        builder.PrimitiveCollection(o => o.EligibleKinds);
        builder.PrimitiveCollection(o => o.Certifications);
        builder.PrimitiveCollection(o => o.CutOffs);
        builder.PrimitiveCollection(o => o.AcceptedRiskClasses);
        builder.PrimitiveCollection(o => o.Questions);
        builder.Ignore(o => o.Months);
        builder.HasOne(o => o.Provider).WithMany().HasForeignKey(o => o.ProviderId);
        builder.HasIndex(o => new { o.Status, o.CreatedAt });
    }
}

internal sealed class ComputeOfferMonthConfiguration : IEntityTypeConfiguration<ComputeOfferMonth>
{
    public void Configure(EntityTypeBuilder<ComputeOfferMonth> builder)
    {
        builder.HasKey(m => new { m.OfferId, m.Month });
        builder.HasOne<ComputeOffer>().WithMany().HasForeignKey(m => m.OfferId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(m => m.FreeHours);
        builder.ToTable("ComputeOfferMonths", t => t.HasCheckConstraint("CK_ComputeOfferMonths_NotOverbooked", "\"AllocatedHours\" >= 0 AND \"AllocatedHours\" <= \"CapacityHours\""));
    }
}

internal sealed class ComputeNeedConfiguration : IEntityTypeConfiguration<ComputeNeed>
{
    public void Configure(EntityTypeBuilder<ComputeNeed> builder)
    {
        builder.Property(n => n.Title).HasMaxLength(ComputeNeedInput.MaxTitle);
        builder.Property(n => n.SoftwareStack).HasMaxLength(500);
        builder.Property(n => n.BudgetEur).HasPrecision(12, 2);
        builder.Ignore(n => n.Months);
        builder.Ignore(n => n.HoursPerMonth);
        builder.HasOne<Profile>().WithMany().HasForeignKey(n => n.ProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.ProfileId, n.Status });
    }
}

internal sealed class ComputeApplicationConfiguration : IEntityTypeConfiguration<ComputeApplication>
{
    public void Configure(EntityTypeBuilder<ComputeApplication> builder)
    {
        builder.Property(a => a.Objective).HasMaxLength(ComputeApplicationInput.MaxText);
        builder.Property(a => a.DataDescription).HasMaxLength(ComputeApplicationInput.MaxText);
        builder.Property(a => a.TeamExperience).HasMaxLength(ComputeApplicationInput.MaxText);
        builder.Property(a => a.DecisionNote).HasMaxLength(ComputeApplications.MaxComment);
        builder.Property(a => a.SubmittedByUserId).HasMaxLength(450);
        builder.Property(a => a.DecidedByUserId).HasMaxLength(450);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.PrimitiveCollection(a => a.Answers);
        builder.Ignore(a => a.Months);
        builder.Ignore(a => a.TotalHours);
        builder.Ignore(a => a.ApprovedInPart);
        builder.HasOne(a => a.Offer).WithMany().HasForeignKey(a => a.OfferId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Profile>().WithMany().HasForeignKey(a => a.ProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ComputeNeed>().WithMany().HasForeignKey(a => a.NeedId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(a => new { a.OfferId, a.Status });
        builder.HasIndex(a => a.ProfileId);
    }
}

internal sealed class ComputeReviewConfiguration : IEntityTypeConfiguration<ComputeReview>
{
    public void Configure(EntityTypeBuilder<ComputeReview> builder)
    {
        builder.Property(r => r.Comment).HasMaxLength(ComputeApplications.MaxComment);
        builder.Property(r => r.ReviewerUserId).HasMaxLength(450);
        builder.HasOne<ComputeApplication>().WithMany().HasForeignKey(r => r.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ApplicationId, r.ReviewerUserId }).IsUnique();
    }
}

internal sealed class ComputeAllocationConfiguration : IEntityTypeConfiguration<ComputeAllocation>
{
    public void Configure(EntityTypeBuilder<ComputeAllocation> builder)
    {
        builder.HasOne<ComputeApplication>().WithMany().HasForeignKey(a => a.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ComputeOffer>().WithMany().HasForeignKey(a => a.OfferId).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex(a => new { a.ApplicationId, a.Month }).IsUnique();
        builder.HasIndex(a => new { a.OfferId, a.Month });
    }
}
