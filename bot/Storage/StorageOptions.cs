namespace ReIntegratie.Bot.Storage;

/// <summary>Settings section "Storage".</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Local;

    /// <summary>Folder of the local store; empty = App_Data/storage under the content root.</summary>
    public string Path { get; set; } = "";

    public string ConnectionString { get; set; } = "";

    /// <summary>Blob endpoint, e.g. https://account.blob.core.windows.net (managed identity).</summary>
    public string AccountUrl { get; set; } = "";

    public string Container { get; set; } = "reintegratie";

    /// <summary>How many conversation documents (with their ETags) are kept in memory.</summary>
    public int CacheSize { get; set; } = 2000;
}
