using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Dialogs.Root;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Wiring;

/// <summary>The bot's own conversation logic and its content.</summary>
public static class BotWiring
{
    public static WebApplicationBuilder AddConversations(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TextCatalog.Default);
        builder.Services.AddSingleton(CommandCatalog.Default);
        builder.Services.AddSingleton<IConversationHandler, FirstConversation>();
        builder.Services.AddSingleton<IBot, ReIntegratieBot>();
        builder.Services.AddHealthChecks();
        return builder;
    }
}
