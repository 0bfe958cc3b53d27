namespace ReIntegratie.Bot.Storage;

public sealed record StoredDocument(string Key, byte[] Content, string ETag);
