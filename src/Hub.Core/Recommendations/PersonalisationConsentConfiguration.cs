using Hub.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Core.Recommendations;

internal sealed class PersonalisationConsentConfiguration : IEntityTypeConfiguration<PersonalisationConsent>
{
    public void Configure(EntityTypeBuilder<PersonalisationConsent> builder)
    {
        builder.HasKey(c => c.UserId);
        builder.HasOne<HubUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
