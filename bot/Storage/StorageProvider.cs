namespace ReIntegratie.Bot.Storage;

public enum StorageProvider
{
    Local,
    AzureBlob,
}
