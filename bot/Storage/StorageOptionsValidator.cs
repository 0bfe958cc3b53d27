using System.Text.RegularExpressions;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;

namespace ReIntegratie.Bot.Storage;

/// <summary>Checks <see cref="StorageOptions"/> at start-up; each failure names the setting and what it may be.</summary>
public sealed partial class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (!Enum.IsDefined(options.Provider))
        {
            return ValidateOptionsResult.Fail($"Setting Storage:Provider has the value '{options.Provider}'; use Local or AzureBlob.");
        }

        if (options.CacheSize < 0)
        {
            return ValidateOptionsResult.Fail($"Setting Storage:CacheSize has the value '{options.CacheSize}'; use 0 or more.");
        }

        if (options.Provider != StorageProvider.AzureBlob)
        {
            return ValidateOptionsResult.Success;
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString) && string.IsNullOrWhiteSpace(options.AccountUrl))
        {
            return ValidateOptionsResult.Fail("Storage:Provider is AzureBlob: set Storage:ConnectionString or Storage:AccountUrl.");
        }

        if (!string.IsNullOrWhiteSpace(options.ConnectionString) && !IsConnectionString(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail("Setting Storage:ConnectionString is not a valid Azure Storage connection string (AccountName=...;AccountKey=...;BlobEndpoint=...).");
        }

        if (!string.IsNullOrWhiteSpace(options.AccountUrl) && !Uri.TryCreate(options.AccountUrl, UriKind.Absolute, out _))
        {
            return ValidateOptionsResult.Fail($"Setting Storage:AccountUrl has the value '{options.AccountUrl}'; use an absolute URL like https://account.blob.core.windows.net.");
        }

        return ContainerName().IsMatch(options.Container)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Setting Storage:Container has the value '{options.Container}'; use a container name of 3-63 lower-case letters, digits and single dashes.");
    }

    private static bool IsConnectionString(string text)
    {
        try
        {
            _ = new BlobServiceClient(text);
            return true;
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    [GeneratedRegex("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    private static partial Regex ContainerName();
}
