using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Hosting;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Bot.Storage.Blob;
using ReIntegratie.Bot.Storage.Local;

namespace ReIntegratie.Bot.Wiring;

/// <summary>Picks the document store from settings; invalid settings stop start-up with a message naming the setting.</summary>
public static class StorageWiring
{
    public static WebApplicationBuilder AddDocumentStorage(this WebApplicationBuilder builder)
    {
        var options = ReadOptions(builder.Configuration);
        IDocumentStore store = options.Provider == StorageProvider.AzureBlob
            ? CreateBlobStore(options)
            : new LocalFolderDocumentStore(LocalPath(options, builder.Environment.ContentRootPath));
        var counting = new CountingDocumentStore(store);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(counting);
        builder.Services.AddSingleton<IDocumentStore>(counting);
        builder.Services.AddSingleton(new BoundedCache<string, StoredDocument>(options.CacheSize));
        builder.Services.AddSingleton<ConversationStateStore>();
        // Appointments, links, invitations, registrations: a cache of their own, so they never push conversations out.
        builder.Services.AddSingleton(sp => new JsonDocuments(sp.GetRequiredService<IDocumentStore>(), new BoundedCache<string, StoredDocument>(options.CacheSize)));
        return builder;
    }

    /// <summary>
    /// GET /diagnostics/storage-operations: the store's round-trip counts, for benchmarks. Only mapped when
    /// the setting Diagnostics:StorageCounters is true (off by default; it reveals nothing personal).
    /// </summary>
    public static void MapStorageDiagnostics(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>("Diagnostics:StorageCounters"))
        {
            app.MapGet("/diagnostics/storage-operations", (CountingDocumentStore store) => Results.Json(store.Counts));
        }
    }

    public static StorageOptions ReadOptions(IConfiguration configuration)
    {
        var section = configuration.GetSection(StorageOptions.Section);
        var providerText = section["Provider"];
        var provider = StorageProvider.Local;
        if (!string.IsNullOrWhiteSpace(providerText) && !Enum.TryParse(providerText, ignoreCase: true, out provider))
        {
            throw new InvalidSettingException($"Setting Storage:Provider has the value '{providerText}'; use Local or AzureBlob.");
        }

        var options = new StorageOptions
        {
            Provider = provider,
            Path = section["Path"] ?? "",
            ConnectionString = section["ConnectionString"] ?? "",
            AccountUrl = section["AccountUrl"] ?? "",
            Container = section["Container"] is { Length: > 0 } container ? container : "reintegratie",
            CacheSize = int.TryParse(section["CacheSize"], out var size) ? size : 2000,
        };

        if (options.CacheSize < 0)
        {
            throw new InvalidSettingException("Setting Storage:CacheSize must be 0 or more.");
        }

        if (provider == StorageProvider.AzureBlob)
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString) && string.IsNullOrWhiteSpace(options.AccountUrl))
            {
                throw new InvalidSettingException("Storage:Provider is AzureBlob: set Storage:ConnectionString or Storage:AccountUrl.");
            }

            if (!string.IsNullOrWhiteSpace(options.AccountUrl) && !Uri.TryCreate(options.AccountUrl, UriKind.Absolute, out _))
            {
                throw new InvalidSettingException($"Setting Storage:AccountUrl '{options.AccountUrl}' is not an absolute URL.");
            }

            if (!System.Text.RegularExpressions.Regex.IsMatch(options.Container, "^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$"))
            {
                throw new InvalidSettingException($"Setting Storage:Container '{options.Container}' is not a valid container name (3-63 lower-case letters, digits, dashes).");
            }
        }

        return options;
    }

    private static string LocalPath(StorageOptions options, string contentRoot) =>
        string.IsNullOrWhiteSpace(options.Path) ? Path.Combine(contentRoot, "App_Data", "storage") : Path.GetFullPath(options.Path, contentRoot);

    private static BlobDocumentStore CreateBlobStore(StorageOptions options)
    {
        var clientOptions = new BlobClientOptions();
        clientOptions.Retry.MaxRetries = 2;
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        clientOptions.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(5);

        BlobServiceClient service;
        try
        {
            service = !string.IsNullOrWhiteSpace(options.ConnectionString)
                ? new BlobServiceClient(options.ConnectionString, clientOptions)
                : new BlobServiceClient(new Uri(options.AccountUrl), new DefaultAzureCredential(), clientOptions);
        }
        catch (FormatException exception)
        {
            throw new InvalidSettingException("Setting Storage:ConnectionString is not a valid storage connection string.", exception);
        }

        return new BlobDocumentStore(service.GetBlobContainerClient(options.Container));
    }
}
