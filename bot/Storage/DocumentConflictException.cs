namespace ReIntegratie.Bot.Storage;

/// <summary>A conditional write lost: the document changed (or appeared, or vanished) since it was read.</summary>
public sealed class DocumentConflictException(string key)
    : Exception($"Document '{key}' was changed by someone else.")
{
    public string Key { get; } = key;
}
