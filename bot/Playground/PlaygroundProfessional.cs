using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Playground.DirectLine;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Playground;

/// <summary>
/// The playground's stand-in professional: owns the appointments made in the page, and is reachable
/// the way a Teams user is, through a stored conversation reference. Its serviceUrl is the development
/// connector surface, so the bot's real summary delivery posts the card into a conversation the page reads.
/// </summary>
public sealed class PlaygroundProfessional(AppointmentService appointments, ConversationLogs logs)
{
    public const string Id = "playground";
    public const string ConversationId = "playground-professional";
    private static readonly ChannelAccount User = new() { Id = "playground-professional", Name = "Playground professional" };

    /// <summary>The professional's conversation, where the bot's deliveries land; kept for as long as the host runs.</summary>
    public static ConversationLog ConversationIn(ConversationLogs logs) => logs.Pinned(ConversationId, User.Id!);

    /// <summary>Stores how to reach the professional (only when it changed: a new port, another language).</summary>
    public Task EnsureReachableAsync(string serviceUrl, Language language, CancellationToken cancellationToken)
    {
        ConversationIn(logs);
        var locale = language == Language.English ? "en-US" : "nl-NL";
        return appointments.RememberProfessionalAsync(Id, new ConversationReference
        {
            ChannelId = DirectLineEndpoints.ChannelId,
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount { Id = ConversationId },
            User = User,
            Bot = DirectLineEndpoints.Bot,
            Locale = locale,
        }, cancellationToken);
    }
}
