using System.Globalization;
using System.Text.RegularExpressions;
using Azure.Core;
using Azure.Identity;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ReIntegratie.Bot.Hosting;
using ReIntegratie.Bot.Scheduling;
using ReIntegratie.Bot.Scheduling.InProcess;
using ReIntegratie.Bot.Scheduling.Queue;
using ReIntegratie.Bot.Storage;

namespace ReIntegratie.Bot.Wiring;

/// <summary>
/// Durable scheduled work on the configured document store (call after AddDocumentStorage), dispatched
/// in process or through Azure Queue Storage. Handlers are registered elsewhere as <see cref="IWorkHandler"/>.
/// Invalid settings stop start-up with a message naming the setting.
/// </summary>
public static class SchedulingWiring
{
    public static WebApplicationBuilder AddScheduling(this WebApplicationBuilder builder)
    {
        var options = ReadOptions(builder.Configuration);
        var services = builder.Services;
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new WorkStore(sp.GetRequiredService<IDocumentStore>()));
        services.AddSingleton(sp => new WorkHandlers(() => sp.GetServices<IWorkHandler>()));
        services.AddSingleton<WorkRunner>();
        services.AddSingleton<DocumentWorkScheduler>();

        if (options.Provider == SchedulingProvider.AzureQueue)
        {
            services.AddSingleton(CreateQueue(options, builder.Configuration["Storage:ConnectionString"]));
            services.AddSingleton<IWorkScheduler, QueueWorkScheduler>();
            services.AddSingleton<QueueDispatcher>();
            services.AddSingleton<IWorkDispatcher>(sp => sp.GetRequiredService<QueueDispatcher>());
            services.AddHostedService(sp => sp.GetRequiredService<QueueDispatcher>());
        }
        else
        {
            services.AddSingleton<IWorkScheduler>(sp => sp.GetRequiredService<DocumentWorkScheduler>());
            services.AddSingleton<InProcessDispatcher>();
            services.AddSingleton<IWorkDispatcher>(sp => sp.GetRequiredService<InProcessDispatcher>());
            services.AddHostedService(sp => sp.GetRequiredService<InProcessDispatcher>());
        }

        return builder;
    }

    public static SchedulingOptions ReadOptions(IConfiguration configuration)
    {
        var section = configuration.GetSection(SchedulingOptions.Section);
        var providerText = section["Provider"];
        var provider = SchedulingProvider.InProcess;
        if (!string.IsNullOrWhiteSpace(providerText) && !Enum.TryParse(providerText, ignoreCase: true, out provider))
        {
            throw new InvalidSettingException($"Setting Scheduling:Provider has the value '{providerText}'; use InProcess or AzureQueue.");
        }

        var defaults = new SchedulingOptions();
        var options = new SchedulingOptions
        {
            Provider = provider,
            QueueServiceUrl = section["QueueServiceUrl"] ?? "",
            QueueName = section["QueueName"] is { Length: > 0 } name ? name : defaults.QueueName,
            PollInterval = Duration(section, "PollInterval", defaults.PollInterval, TimeSpan.FromMilliseconds(100)),
            LeaseDuration = Duration(section, "LeaseDuration", defaults.LeaseDuration, TimeSpan.FromSeconds(15)),
            RetryBaseDelay = Duration(section, "RetryBaseDelay", defaults.RetryBaseDelay, TimeSpan.Zero),
            SweepInterval = Duration(section, "SweepInterval", defaults.SweepInterval, TimeSpan.FromSeconds(1)),
            SweepGrace = Duration(section, "SweepGrace", defaults.SweepGrace, TimeSpan.Zero),
            ReminderCleanupAge = Duration(section, "ReminderCleanupAge", defaults.ReminderCleanupAge, TimeSpan.FromHours(6)),
            ReminderCleanupInterval = Duration(section, "ReminderCleanupInterval", defaults.ReminderCleanupInterval, TimeSpan.FromSeconds(1)),
            MaxParallelism = Count(section, "MaxParallelism", defaults.MaxParallelism, 1, 64),
            MaxAttempts = Count(section, "MaxAttempts", defaults.MaxAttempts, 1, 20),
        };

        if (options.LeaseDuration > TimeSpan.FromDays(7))
        {
            throw new InvalidSettingException("Setting Scheduling:LeaseDuration must be at most 7 days (the queue's longest visibility timeout).");
        }

        if (provider == SchedulingProvider.AzureQueue)
        {
            if (string.IsNullOrWhiteSpace(configuration["Storage:ConnectionString"]) && string.IsNullOrWhiteSpace(options.QueueServiceUrl))
            {
                throw new InvalidSettingException("Scheduling:Provider is AzureQueue: set Scheduling:QueueServiceUrl or Storage:ConnectionString.");
            }

            if (!string.IsNullOrWhiteSpace(options.QueueServiceUrl) && !Uri.TryCreate(options.QueueServiceUrl, UriKind.Absolute, out _))
            {
                throw new InvalidSettingException($"Setting Scheduling:QueueServiceUrl '{options.QueueServiceUrl}' is not an absolute URL.");
            }

            if (!Regex.IsMatch(options.QueueName, "^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$"))
            {
                throw new InvalidSettingException($"Setting Scheduling:QueueName '{options.QueueName}' is not a valid queue name (3-63 lower-case letters, digits, dashes).");
            }
        }

        return options;
    }

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

    private static TimeSpan Duration(IConfigurationSection section, string key, TimeSpan fallback, TimeSpan minimum)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (!TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) || value < minimum)
        {
            throw new InvalidSettingException($"Setting Scheduling:{key} has the value '{text}'; use a duration like 00:01:00 of at least {minimum}.");
        }

        return value;
    }

    private static int Count(IConfigurationSection section, string key, int fallback, int minimum, int maximum)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < minimum || value > maximum)
        {
            throw new InvalidSettingException($"Setting Scheduling:{key} has the value '{text}'; use a whole number from {minimum} to {maximum}.");
        }

        return value;
    }
}
