using ReIntegratie.Bot.Scheduling;

namespace ReIntegratie.Benchmarks.Micro;

/// <summary>
/// The micro benchmarks' work scheduler: scheduling is storage I/O, and the benchmarked steps (a
/// question in the middle of the journey) never schedule, so any call is a mistake in the fixture.
/// Replacing it also keeps the fixture independent of how the scheduling handlers are wired.
/// With <see cref="DropScheduling"/> (a walk through the whole journey, which shares and so schedules
/// the professional's summary) scheduling is accepted and dropped.
/// </summary>
public sealed class NoScheduledWork : IWorkScheduler
{
    public bool DropScheduling { get; init; }

    public Task<bool> ScheduleAsync(ScheduledWork work, CancellationToken cancellationToken) =>
        DropScheduling ? Task.FromResult(true) : throw new InvalidOperationException($"the benchmarked step scheduled work '{work.Id}'");

    public Task<bool> CancelAsync(string id, CancellationToken cancellationToken) =>
        throw new InvalidOperationException($"the benchmarked step cancelled work '{id}'");

    public Task<int> CancelByPrefixAsync(string idPrefix, CancellationToken cancellationToken) =>
        throw new InvalidOperationException($"the benchmarked step cancelled work '{idPrefix}'");
}
