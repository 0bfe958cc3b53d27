namespace ReIntegratie.Bot.Channel;

/// <summary>The connector's answer to a send, reply or update: the id of the activity (may be absent).</summary>
public sealed record ResourceResponse(string? Id);
