using Microsoft.Extensions.DependencyInjection;

namespace Hub.Core.Conversations;

public static class ConversationsSetup
{
    public static IServiceCollection AddConversations(this IServiceCollection services) => services.AddScoped<ConversationService>();
}
