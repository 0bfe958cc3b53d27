using Azure.Storage.Queues;
using Microsoft.Extensions.Logging;
using ReIntegratie.Bot.Scheduling;
using ReIntegratie.Bot.Scheduling.InProcess;
using ReIntegratie.Bot.Scheduling.Queue;
using ReIntegratie.Bot.Storage;

namespace ReIntegratie.Bot.Tests.Scheduling;

/// <summary>One bot instance's scheduling parts, built the way the wiring builds them, on a given store (and queue) and clock.</summary>
public sealed class SchedulingInstance
{
    private SchedulingInstance(WorkStore store, WorkRunner runner, IWorkScheduler scheduler, IWorkDispatcher dispatcher, CapturedLogs logs)
    {
        Store = store;
        Runner = runner;
        Scheduler = scheduler;
        Dispatcher = dispatcher;
        Logs = logs;
    }

    public WorkStore Store { get; }

    public WorkRunner Runner { get; }

    public IWorkScheduler Scheduler { get; }

    public IWorkDispatcher Dispatcher { get; }

    public CapturedLogs Logs { get; }

    /// <summary>The queue dispatcher (for its sweep); null for the in-process backend.</summary>
    public QueueDispatcher? QueueDispatcher => Dispatcher as QueueDispatcher;

    public static SchedulingOptions DefaultOptions() => new()
    {
        LeaseDuration = TimeSpan.FromMinutes(2),
        RetryBaseDelay = TimeSpan.FromMinutes(1),
        MaxAttempts = 3,
        MaxParallelism = 8,
        PollInterval = TimeSpan.FromSeconds(5),
        SweepGrace = TimeSpan.FromMinutes(5),
    };

    public static SchedulingInstance InProcess(IDocumentStore documents, TimeProvider clock, SchedulingOptions options, params IWorkHandler[] handlers)
    {
        var (store, runner, scheduler, logs, factory) = Common(documents, clock, options, handlers);
        var dispatcher = new InProcessDispatcher(store, runner, options, clock, factory.CreateLogger<InProcessDispatcher>());
        return new SchedulingInstance(store, runner, scheduler, dispatcher, logs);
    }

    public static SchedulingInstance Queue(IDocumentStore documents, QueueClient queueClient, TimeProvider clock, SchedulingOptions options, params IWorkHandler[] handlers)
    {
        var (store, runner, scheduler, logs, factory) = Common(documents, clock, options, handlers);
        var queue = new WorkQueue(queueClient);
        var dispatcher = new QueueDispatcher(queue, store, runner, options, clock, factory.CreateLogger<QueueDispatcher>());
        return new SchedulingInstance(store, runner, new QueueWorkScheduler(scheduler, queue, clock), dispatcher, logs);
    }

    private static (WorkStore, WorkRunner, DocumentWorkScheduler, CapturedLogs, ILoggerFactory) Common(
        IDocumentStore documents, TimeProvider clock, SchedulingOptions options, IWorkHandler[] handlers)
    {
        var logs = new CapturedLogs();
        var factory = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(logs));
        var store = new WorkStore(documents);
        var registry = new WorkHandlers(handlers);
        var runner = new WorkRunner(store, registry, options, clock, factory.CreateLogger<WorkRunner>());
        return (store, runner, new DocumentWorkScheduler(store, registry), logs, factory);
    }
}
