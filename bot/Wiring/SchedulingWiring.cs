using Azure.Core;
using Azure.Identity;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ReIntegratie.Bot.Hosting;
using ReIntegratie.Bot.Scheduling;
using ReIntegratie.Bot.Scheduling.InProcess;
using ReIntegratie.Bot.Scheduling.Queue;
using ReIntegratie.Bot.Storage;

namespace ReIntegratie.Bot.Wiring;

/// <summary>
/// Durable scheduled work on the configured document store (call after AddDocumentStorage), dispatched
/// in process or through Azure Queue Storage. Handlers are registered elsewhere as <see cref="IWorkHandler"/>.
/// The settings are checked at start-up (<see cref="SchedulingOptionsValidator"/>).
/// </summary>
public static class SchedulingWiring
{
    public static WebApplicationBuilder AddScheduling(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SchedulingOptions>().BindSettings(builder.Configuration.GetSection(SchedulingOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SchedulingOptions>, SchedulingOptionsValidator>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<SchedulingOptions>>().Value);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new WorkStore(sp.GetRequiredService<IDocumentStore>()));
        services.AddSingleton(sp => new WorkHandlers(() => sp.GetServices<IWorkHandler>()));
        services.AddSingleton<WorkRunner>();
        services.AddSingleton<DocumentWorkScheduler>();

        services.AddSingleton(sp => CreateQueue(sp.GetRequiredService<SchedulingOptions>(), sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString));
        services.AddSingleton<QueueWorkScheduler>();
        services.AddSingleton<QueueDispatcher>();
        services.AddSingleton<InProcessDispatcher>();
        services.AddSingleton<IWorkScheduler>(sp => OnQueue(sp)
            ? sp.GetRequiredService<QueueWorkScheduler>()
            : sp.GetRequiredService<DocumentWorkScheduler>());
        services.AddSingleton<IWorkDispatcher>(sp => OnQueue(sp)
            ? sp.GetRequiredService<QueueDispatcher>()
            : sp.GetRequiredService<InProcessDispatcher>());
        services.AddSingleton<IHostedService>(sp => (IHostedService)sp.GetRequiredService<IWorkDispatcher>());
        return builder;
    }

    private static bool OnQueue(IServiceProvider services) =>
        services.GetRequiredService<SchedulingOptions>().Provider == SchedulingProvider.AzureQueue;

    private static WorkQueue CreateQueue(SchedulingOptions options, string? connectionString)
    {
        var clientOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None };
        clientOptions.Retry.MaxRetries = 2;
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        clientOptions.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);

        QueueServiceClient service;
        try
        {
            service = !string.IsNullOrWhiteSpace(connectionString)
                ? new QueueServiceClient(connectionString, clientOptions)
                : new QueueServiceClient(new Uri(options.QueueServiceUrl), new DefaultAzureCredential(), clientOptions);
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or InvalidOperationException)
        {
            throw new InvalidSettingException("Setting Storage:ConnectionString is not a valid storage connection string with a queue endpoint.", exception);
        }

        return new WorkQueue(service.GetQueueClient(options.QueueName));
    }
}
