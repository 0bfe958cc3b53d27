using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Hosting;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Bot.Storage.Blob;
using ReIntegratie.Bot.Storage.Local;

namespace ReIntegratie.Bot.Wiring;

/// <summary>
/// Picks the document store from settings (checked at start-up: an invalid or missing one stops the bot with
/// one line naming it). The round-trip counter is only in the pipeline when Diagnostics:StorageCounters is on.
/// </summary>
public static class StorageWiring
{
    public static WebApplicationBuilder AddDocumentStorage(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<StorageOptions>().BindSettings(builder.Configuration.GetSection(StorageOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddOptions<StorageDiagnosticsOptions>().BindSettings(builder.Configuration.GetSection(StorageDiagnosticsOptions.Section)).ValidateOnStart();

        var contentRoot = builder.Environment.ContentRootPath;
        services.AddSingleton(sp => new ConfiguredStore(CreateStore(sp.GetRequiredService<IOptions<StorageOptions>>().Value, contentRoot)));
        services.AddSingleton(sp => Counting(sp)
            ? new CountingDocumentStore(sp.GetRequiredService<ConfiguredStore>().Store)
            : throw new InvalidOperationException("The store's round trips are only counted when Diagnostics:StorageCounters is true."));
        services.AddSingleton<IDocumentStore>(sp => Counting(sp)
            ? sp.GetRequiredService<CountingDocumentStore>()
            : sp.GetRequiredService<ConfiguredStore>().Store);

        services.AddSingleton(sp => new DocumentCache(CacheSize(sp)));
        services.AddSingleton<ConversationStateStore>();
        // Appointments, links, invitations, registrations: a cache of their own, so they never push conversations out.
        services.AddSingleton(sp => new JsonDocuments(sp.GetRequiredService<IDocumentStore>(), new DocumentCache(CacheSize(sp))));
        return builder;
    }

    /// <summary>
    /// GET /diagnostics/storage-operations: the store's round-trip counts, for benchmarks. Only mapped when
    /// the setting Diagnostics:StorageCounters is true (off by default; it reveals nothing personal).
    /// </summary>
    public static void MapStorageDiagnostics(this WebApplication app)
    {
        if (Counting(app.Services))
        {
            app.MapGet("/diagnostics/storage-operations", (CountingDocumentStore store) => Results.Json(store.Counts));
        }
    }

    private static bool Counting(IServiceProvider services) =>
        services.GetRequiredService<IOptions<StorageDiagnosticsOptions>>().Value.StorageCounters;

    private static int CacheSize(IServiceProvider services) =>
        services.GetRequiredService<IOptions<StorageOptions>>().Value.CacheSize;

    private static IDocumentStore CreateStore(StorageOptions options, string contentRoot) =>
        options.Provider == StorageProvider.AzureBlob
            ? CreateBlobStore(options)
            : new LocalFolderDocumentStore(LocalPath(options, contentRoot));

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

    /// <summary>The store the settings chose, before any decorator.</summary>
    private sealed record ConfiguredStore(IDocumentStore Store);
}
