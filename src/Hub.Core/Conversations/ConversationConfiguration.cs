using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Core.Conversations;

internal sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> builder)
    {
        builder.HasIndex(c => c.ProfileAId);
        builder.HasIndex(c => c.ProfileBId);
        // One conversation per introduction, whatever races to accept it.
        builder.HasIndex(c => c.IntroductionId).IsUnique();
    }
}
