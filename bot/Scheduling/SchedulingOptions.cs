namespace ReIntegratie.Bot.Scheduling;

/// <summary>Settings section "Scheduling".</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    public SchedulingProvider Provider { get; set; } = SchedulingProvider.InProcess;

    /// <summary>Queue endpoint, e.g. https://account.queue.core.windows.net (managed identity); unused when Storage:ConnectionString is set.</summary>
    public string QueueServiceUrl { get; set; } = "";

    public string QueueName { get; set; } = "reintegratie-work";

    /// <summary>How long the dispatcher waits between rounds when nothing was found.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many work items one instance runs at the same time.</summary>
    public int MaxParallelism { get; set; } = 8;

    /// <summary>How long a claim keeps other instances away; renewed while the handler runs.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Handler calls per work item before it is dropped.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Delay after the first failure; doubled after each further failure.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Reminders: how old a closed minute of the reminders' index must be before the clean-up removes its
    /// due entries and settled records. At least 6 hours: a damaged watermark is rewound by half of it.
    /// </summary>
    public TimeSpan ReminderCleanupAge { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Reminders: how often each instance runs the clean-up (sooner while it has more to do than one run may).</summary>
    public TimeSpan ReminderCleanupInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Queue backend: how often work documents are checked for work whose message was lost.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Queue backend: how long past its run time work must be before the sweep enqueues it again.</summary>
    public TimeSpan SweepGrace { get; set; } = TimeSpan.FromMinutes(5);
}
