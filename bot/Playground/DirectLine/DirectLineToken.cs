namespace ReIntegratie.Bot.Playground.DirectLine;

/// <summary>What a development Direct Line token says: who the user is, which conversation it opens, until when.</summary>
public sealed record DirectLineToken(string UserId, string ConversationId, DateTimeOffset ExpiresAt);
