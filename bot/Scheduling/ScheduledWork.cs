namespace ReIntegratie.Bot.Scheduling;

/// <summary>
/// One piece of durable scheduled work.
/// </summary>
/// <param name="Id">
/// A stable idempotency key chosen by the caller, e.g. "summary/{appointmentId}/before" or
/// "reminder/{assignmentId}/{yyyy-MM-ddTHH:mm}". Scheduling the same id again reschedules it; an id
/// runs at most once, so new work needs a new id. At most <see cref="MaxIdBytes"/> UTF-8 bytes.
/// </param>
/// <param name="Kind">Routes the work to the <see cref="IWorkHandler"/> with this <see cref="IWorkHandler.Kind"/>.</param>
/// <param name="Payload">A small JSON text (at most <see cref="MaxPayloadLength"/> characters) the handler needs; ids, never personal data.</param>
/// <param name="DueAt">The UTC instant the work becomes due; converting from Europe/Amsterdam is the caller's job.</param>
public sealed record ScheduledWork(string Id, string Kind, string Payload, DateTimeOffset DueAt)
{
    /// <summary>Longest id in UTF-8 bytes: its encoded form must still fit in one file name.</summary>
    public const int MaxIdBytes = 180;

    /// <summary>Longest payload in characters.</summary>
    public const int MaxPayloadLength = 16_384;
}
