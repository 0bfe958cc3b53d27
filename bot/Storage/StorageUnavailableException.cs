namespace ReIntegratie.Bot.Storage;

/// <summary>The store could not be reached or failed; nothing was written by the failed call.</summary>
public sealed class StorageUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
