namespace ReIntegratie.Bot.Scheduling;

/// <summary>
/// The work document, scheduling/work/{encoded id}.json: the truth about pending work. The store's
/// ETag is its version. <paramref name="RunAt"/> starts at <paramref name="DueAt"/> and moves back after a failed attempt.
/// </summary>
public sealed record StoredWork(string Id, string Kind, string Payload, DateTimeOffset DueAt, DateTimeOffset RunAt, int Attempts)
{
    public static StoredWork From(ScheduledWork work) =>
        new(work.Id, work.Kind, work.Payload, work.DueAt.ToUniversalTime(), work.DueAt.ToUniversalTime(), 0);

    public ScheduledWork ToScheduledWork() => new(Id, Kind, Payload, DueAt);
}
