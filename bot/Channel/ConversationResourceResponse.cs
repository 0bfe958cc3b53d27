namespace ReIntegratie.Bot.Channel;

public sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);
