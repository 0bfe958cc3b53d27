using System.Globalization;
using System.Runtime.CompilerServices;
using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Storage;

namespace ReIntegratie.Bot.Registrations;

/// <summary>
/// The reminders' own documents, shaped so that sending one costs few storage round trips and no
/// delete (blob deletes and queue operations get slower the more a store holds, Azurite above all):
/// <list type="bullet">
/// <item>Due entries by minute, <c>reminders/due/{yyyyMMddHH}/{mm}/...</c>: one document per reminder
/// planned from a conversation (its ids are in its name, so a listing needs no read) or one per group
/// the dispatcher planned together. They are never changed; an entry whose plan changed is recognised
/// when it falls due (its reminder is no longer in the assignment's timeline) and skipped.</item>
/// <item>A claim per reminder under the client's prefix (created if absent: whoever creates it sends),
/// so it goes when the client's data goes.</item>
/// <item>A settled record per group of claims, written once the group's sends are done: a claim whose
/// lease ran out and whose group does not list it was interrupted, and is taken over. A group's id
/// starts with the minute its claims were made, so its record lies under
/// <c>reminders/settled/{yyyyMMddHH}/{mm}/</c>.</item>
/// <item>The watermark: the oldest minute that may still hold unsettled entries.</item>
/// <item>The clean-up mark: the hour before which <see cref="ReminderCleanup"/> removed everything.</item>
/// </list>
/// Every document under <c>reminders/</c> holds ids only (appointment, assignment, reminder, group), no names or answers.
/// </summary>
public sealed class ReminderIndex(JsonDocuments documents, TimeProvider clock)
{
    private const string DueFolder = "reminders/due/";
    private const string SettledFolder = "reminders/settled/";
    private const string WatermarkKey = "reminders/watermark.json";
    private const string CleanupMarkKey = "reminders/cleanup.json";
    private const string HourFormat = "yyyyMMddHH";
    private const string GroupMarker = "g.";
    private const string Extension = ".json";
    private volatile bool watermarkExists;

    public static DateTimeOffset MinuteOf(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero);

    /// <summary>
    /// The minute whose entries hold a reminder due at <paramref name="dueAt"/>, planned at
    /// <paramref name="now"/>: its own minute, but never the current or a past one, which a dispatcher
    /// may already have closed (entries there go out the next minute, the dispatcher then checks how late).
    /// </summary>
    public static DateTimeOffset BucketOf(DateTimeOffset dueAt, DateTimeOffset now)
    {
        var due = MinuteOf(dueAt);
        var earliest = MinuteOf(now).AddMinutes(1);
        return due > earliest ? due : earliest;
    }

    public static DateTimeOffset HourOf(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % TimeSpan.TicksPerHour), TimeSpan.Zero);

    public static string HourPrefix(DateTimeOffset minute) => DueFolder + HourSegment(minute) + "/";

    public static string MinutePrefix(DateTimeOffset minute) => HourPrefix(minute) + minute.UtcDateTime.ToString("mm", CultureInfo.InvariantCulture) + "/";

    public static string SettledHourPrefix(DateTimeOffset hour) => SettledFolder + HourSegment(hour) + "/";

    /// <summary>A new group of claims made at <paramref name="now"/>: "{yyyyMMddHH}/{mm}/{random}", so that its settled record can be found by minute.</summary>
    public static string NewGroupId(DateTimeOffset now) =>
        HourSegment(now) + "/" + now.UtcDateTime.ToString("mm", CultureInfo.InvariantCulture) + "/" + Guid.NewGuid().ToString("N");

    public static string ClaimKey(ReminderPayload item) =>
        AppointmentStore.ClientPrefix(item.AppointmentId) + "reminders/" + DocumentKey.Segment(item.ReminderId) + Extension;

    /// <summary>One reminder's entry; planning the same reminder twice writes one entry.</summary>
    public async Task PlanAsync(ReminderPayload item, DateTimeOffset minute, CancellationToken cancellationToken)
    {
        await EnsureWatermarkAsync(cancellationToken);
        var key = MinutePrefix(minute) + DocumentKey.Segment(item.AppointmentId) + "/" + DocumentKey.Segment(item.AssignmentId) + "/" + DocumentKey.Segment(item.ReminderId) + Extension;
        try
        {
            await documents.SaveAsync(key, item, etag: null, cancellationToken);
        }
        catch (DocumentConflictException)
        {
            // Planned already: the entry is the same.
        }
    }

    /// <summary>Reminders due in the same minute, in one entry.</summary>
    public async Task PlanGroupAsync(IReadOnlyList<ReminderPayload> items, DateTimeOffset minute, CancellationToken cancellationToken)
    {
        if (items.Count == 1)
        {
            await PlanAsync(items[0], minute, cancellationToken);
            return;
        }

        await EnsureWatermarkAsync(cancellationToken);
        await documents.SaveAsync(MinutePrefix(minute) + GroupMarker + Guid.NewGuid().ToString("N") + Extension, items, etag: null, cancellationToken);
    }

    /// <summary>Whether anything at all is planned in the hour of <paramref name="minute"/> (one listing).</summary>
    public async Task<bool> AnyInHourAsync(DateTimeOffset minute, CancellationToken cancellationToken)
    {
        await foreach (var _ in documents.Store.ListAsync(HourPrefix(minute), cancellationToken))
        {
            return true;
        }

        return false;
    }

    /// <summary>The reminders planned in <paramref name="minute"/>, each once. Unreadable entries are skipped.</summary>
    public async Task<IReadOnlyList<ReminderPayload>> ListAsync(DateTimeOffset minute, CancellationToken cancellationToken)
    {
        var prefix = MinutePrefix(minute);
        var items = new Dictionary<string, ReminderPayload>(StringComparer.Ordinal);
        await foreach (var item in ItemsAsync(prefix, cancellationToken))
        {
            items.TryAdd(ClaimKey(item), item);
        }

        return [.. items.Values];
    }

    /// <summary>Creates the claim if none exists. Returns its ETag, or null when someone claimed first.</summary>
    public async Task<string?> TryClaimAsync(ReminderPayload item, ReminderClaim claim, CancellationToken cancellationToken)
    {
        try
        {
            return await documents.SaveAsync(ClaimKey(item), claim, etag: null, cancellationToken);
        }
        catch (DocumentConflictException)
        {
            return null;
        }
    }

    public Task<Versioned<ReminderClaim>?> ReadClaimAsync(ReminderPayload item, CancellationToken cancellationToken) =>
        documents.ReadAsync<ReminderClaim>(ClaimKey(item), cancellationToken);

    /// <summary>Replaces a claim still at <paramref name="etag"/>. Returns the new ETag, or null when someone else changed it first.</summary>
    public async Task<string?> TryTakeOverAsync(ReminderPayload item, ReminderClaim claim, string etag, CancellationToken cancellationToken)
    {
        try
        {
            return await documents.SaveAsync(ClaimKey(item), claim, etag, cancellationToken);
        }
        catch (DocumentConflictException)
        {
            return null;
        }
    }

    /// <summary>Records that the group's claims are settled (sent, skipped or dropped): none of them runs again.</summary>
    public Task RecordSettledAsync(string groupId, IReadOnlyCollection<ReminderPayload> items, CancellationToken cancellationToken) =>
        documents.PutAsync(SettledFolder + groupId + Extension, new ReminderSettlement([.. items.Select(ClaimKey)]), cancellationToken);

    /// <summary>The claim keys a group settled, or null when it has not recorded any.</summary>
    public async Task<IReadOnlySet<string>?> ReadSettledAsync(string groupId, CancellationToken cancellationToken) =>
        (await documents.ReadAsync<ReminderSettlement>(SettledFolder + groupId + Extension, cancellationToken))?.Value.ClaimKeys.ToHashSet(StringComparer.Ordinal);

    /// <summary>The oldest minute that may hold unsettled entries; null when nothing was ever planned.</summary>
    public async Task<DateTimeOffset?> ReadWatermarkAsync(CancellationToken cancellationToken) =>
        (await documents.ReadAsync<ReminderWatermark>(WatermarkKey, cancellationToken))?.Value.OpenMinute;

    /// <summary>Writes the watermark whatever is stored now, also when that cannot be read: how a damaged one is repaired.</summary>
    public Task RewriteWatermarkAsync(DateTimeOffset openMinute, CancellationToken cancellationToken) =>
        documents.PutAsync(WatermarkKey, new ReminderWatermark(openMinute), cancellationToken);

    /// <summary>The hour before which the clean-up removed everything; null when it never ran. Unreadable counts as never.</summary>
    public async Task<DateTimeOffset?> ReadCleanupMarkAsync(CancellationToken cancellationToken) =>
        (await ReadOrEmptyAsync<ReminderCleanupMark>(CleanupMarkKey, cancellationToken))?.CleanedBefore;

    /// <summary>Moves the clean-up mark forward to <paramref name="hour"/> (never back).</summary>
    public async Task AdvanceCleanupMarkAsync(DateTimeOffset hour, CancellationToken cancellationToken)
    {
        try
        {
            await documents.UpdateAsync<ReminderCleanupMark>(CleanupMarkKey, current =>
                current is not null && current.CleanedBefore >= hour ? current : new ReminderCleanupMark(hour), cancellationToken);
        }
        catch (InvalidDataException)
        {
            await documents.PutAsync(CleanupMarkKey, new ReminderCleanupMark(hour), cancellationToken);
        }
    }

    /// <summary>
    /// The oldest hour that holds due entries or dated settled records, by one listing of both folders
    /// (the clean-up does this once, before it has a mark). Null when there are none.
    /// </summary>
    public async Task<DateTimeOffset?> FindOldestHourAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset? oldest = null;
        foreach (var folder in new[] { DueFolder, SettledFolder })
        {
            await foreach (var key in documents.Store.ListAsync(folder, cancellationToken))
            {
                if (key.Length > folder.Length + HourFormat.Length && key[folder.Length + HourFormat.Length] == '/' &&
                    DateTime.TryParseExact(key.AsSpan(folder.Length, HourFormat.Length), HourFormat, CultureInfo.InvariantCulture,
                        DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var hour) &&
                    (oldest is null || hour < oldest))
                {
                    oldest = new DateTimeOffset(hour, TimeSpan.Zero);
                }
            }
        }

        return oldest;
    }

    /// <summary>The keys of every due entry and settled record of <paramref name="hour"/>: due entries first.</summary>
    public async Task<(IReadOnlyList<string> Due, IReadOnlyList<string> Settled)> KeysOfHourAsync(DateTimeOffset hour, CancellationToken cancellationToken) =>
        (await KeysAsync(HourPrefix(hour), cancellationToken), await KeysAsync(SettledHourPrefix(hour), cancellationToken));

    /// <summary>
    /// Deletes the entries of one appointment in <paramref name="minute"/> that name it in their key
    /// (planned one by one); group entries are not among them. One listing of that appointment's folder in the minute.
    /// </summary>
    public async Task<int> DeleteEntriesOfAsync(string appointmentId, DateTimeOffset minute, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var key in await KeysAsync(MinutePrefix(minute) + DocumentKey.Segment(appointmentId) + "/", cancellationToken))
        {
            deleted += await documents.DeleteAsync(key, etag: null, cancellationToken) ? 1 : 0;
        }

        return deleted;
    }

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken) => documents.DeleteAsync(key, etag: null, cancellationToken);

    /// <summary>Moves the watermark forward to <paramref name="openMinute"/> (never back).</summary>
    public Task AdvanceWatermarkAsync(DateTimeOffset openMinute, CancellationToken cancellationToken) =>
        documents.UpdateAsync<ReminderWatermark>(WatermarkKey, current =>
            current is not null && current.OpenMinute >= openMinute ? current : new ReminderWatermark(openMinute), cancellationToken);

    private async Task EnsureWatermarkAsync(CancellationToken cancellationToken)
    {
        if (watermarkExists)
        {
            return;
        }

        // Before the first entry exists, so that a dispatcher that starts later looks back far enough:
        // entries always go to a minute after the current one (BucketOf).
        try
        {
            await documents.SaveAsync(WatermarkKey, new ReminderWatermark(MinuteOf(clock.GetUtcNow())), etag: null, cancellationToken);
        }
        catch (DocumentConflictException)
        {
        }

        watermarkExists = true;
    }

    private static string HourSegment(DateTimeOffset instant) => instant.UtcDateTime.ToString(HourFormat, CultureInfo.InvariantCulture);

    private async Task<IReadOnlyList<string>> KeysAsync(string prefix, CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        await foreach (var key in documents.Store.ListAsync(prefix, cancellationToken))
        {
            keys.Add(key);
        }

        return keys;
    }

    private async IAsyncEnumerable<ReminderPayload> ItemsAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var key in documents.Store.ListAsync(prefix, cancellationToken))
        {
            if (!key.EndsWith(Extension, StringComparison.Ordinal))
            {
                continue;
            }

            var segments = key[prefix.Length..^Extension.Length].Split('/');
            if (segments is [var group] && group.StartsWith(GroupMarker, StringComparison.Ordinal))
            {
                foreach (var item in await ReadOrEmptyAsync<ReminderPayload[]>(key, cancellationToken) ?? [])
                {
                    yield return item;
                }
            }
            else if (segments is [var appointment, var assignment, var reminder])
            {
                if (DocumentKey.IdOfSegment(appointment) is { } appointmentId && DocumentKey.IdOfSegment(assignment) is { } assignmentId &&
                    DocumentKey.IdOfSegment(reminder) is { } reminderId)
                {
                    yield return new ReminderPayload(appointmentId, assignmentId, reminderId);
                }
                else if (await ReadOrEmptyAsync<ReminderPayload>(key, cancellationToken) is { } item)
                {
                    yield return item;
                }
            }
        }
    }

    private async Task<T?> ReadOrEmptyAsync<T>(string key, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return (await documents.ReadAsync<T>(key, cancellationToken))?.Value;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
