using System.Text.RegularExpressions;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;
using ReIntegratie.Bot.Storage;

namespace ReIntegratie.Bot.Scheduling;

/// <summary>
/// Checks <see cref="SchedulingOptions"/> at start-up; each failure names the setting and what it may be. The
/// Azure queue is reached with Storage:ConnectionString when that is set, else with Scheduling:QueueServiceUrl.
/// </summary>
public sealed partial class SchedulingOptionsValidator(IOptions<StorageOptions> storage) : IValidateOptions<SchedulingOptions>
{
    public ValidateOptionsResult Validate(string? name, SchedulingOptions options)
    {
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Provider))
        {
            failures.Add($"Setting Scheduling:Provider has the value '{options.Provider}'; use InProcess or AzureQueue.");
        }

        AtLeast(failures, "PollInterval", options.PollInterval, TimeSpan.FromMilliseconds(100));
        AtLeast(failures, "LeaseDuration", options.LeaseDuration, TimeSpan.FromSeconds(15), TimeSpan.FromDays(7), " (the queue's longest visibility timeout)");
        AtLeast(failures, "RetryBaseDelay", options.RetryBaseDelay, TimeSpan.Zero);
        AtLeast(failures, "SweepInterval", options.SweepInterval, TimeSpan.FromSeconds(1));
        AtLeast(failures, "SweepGrace", options.SweepGrace, TimeSpan.Zero);
        AtLeast(failures, "ReminderCleanupAge", options.ReminderCleanupAge, TimeSpan.FromHours(6));
        AtLeast(failures, "ReminderCleanupInterval", options.ReminderCleanupInterval, TimeSpan.FromSeconds(1));
        Between(failures, "MaxParallelism", options.MaxParallelism, 1, 64);
        Between(failures, "MaxAttempts", options.MaxAttempts, 1, 20);
        if (options.Provider == SchedulingProvider.AzureQueue)
        {
            CheckQueue(failures, options, storage.Value.ConnectionString);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckQueue(List<string> failures, SchedulingOptions options, string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString) && string.IsNullOrWhiteSpace(options.QueueServiceUrl))
        {
            failures.Add("Scheduling:Provider is AzureQueue: set Scheduling:QueueServiceUrl or Storage:ConnectionString.");
        }

        if (!string.IsNullOrWhiteSpace(connectionString) && !IsQueueConnectionString(connectionString))
        {
            failures.Add("Setting Storage:ConnectionString is not a valid Azure Storage connection string with a queue endpoint (Scheduling:Provider is AzureQueue).");
        }

        if (!string.IsNullOrWhiteSpace(options.QueueServiceUrl) && !Uri.TryCreate(options.QueueServiceUrl, UriKind.Absolute, out _))
        {
            failures.Add($"Setting Scheduling:QueueServiceUrl has the value '{options.QueueServiceUrl}'; use an absolute URL like https://account.queue.core.windows.net.");
        }

        if (!QueueName().IsMatch(options.QueueName))
        {
            failures.Add($"Setting Scheduling:QueueName has the value '{options.QueueName}'; use a queue name of 3-63 lower-case letters, digits and single dashes.");
        }
    }

    private static void AtLeast(List<string> failures, string key, TimeSpan value, TimeSpan minimum, TimeSpan? maximum = null, string why = "")
    {
        if (value < minimum || value > maximum)
        {
            var range = maximum is { } most ? $"from {minimum} to {most}{why}" : $"of at least {minimum}";
            failures.Add($"Setting Scheduling:{key} has the value '{value}'; use a duration {range}, like 00:01:00.");
        }
    }

    private static void Between(List<string> failures, string key, int value, int minimum, int maximum)
    {
        if (value < minimum || value > maximum)
        {
            failures.Add($"Setting Scheduling:{key} has the value '{value}'; use a whole number from {minimum} to {maximum}.");
        }
    }

    private static bool IsQueueConnectionString(string text)
    {
        try
        {
            _ = new QueueServiceClient(text);
            return true;
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    [GeneratedRegex("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    private static partial Regex QueueName();
}
