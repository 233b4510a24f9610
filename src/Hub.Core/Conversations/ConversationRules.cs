namespace Hub.Core.Conversations;

/// <summary>Limits of conversations.</summary>
public static class ConversationRules
{
    public const int MaxMessage = 4000;

    public const int MaxPage = 200;
}
