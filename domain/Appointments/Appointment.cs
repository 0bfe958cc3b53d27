using System.Text.Json.Serialization;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;
using ReIntegratie.Domain.Schedule;

namespace ReIntegratie.Domain.Appointments;

/// <summary>
/// A professional's appointment with a client, and the preparation sent for it. Owned by one
/// professional (their Teams aadObjectId); the start time carries the Europe/Amsterdam offset.
/// Status changes are guarded (see <see cref="AppointmentStatus"/>); times are passed in.
/// Stored as JSON with System.Text.Json.
/// </summary>
public sealed class Appointment
{
    [JsonConstructor]
    private Appointment()
    {
    }

    [JsonInclude]
    public string Id { get; private set; } = string.Empty;

    /// <summary>The owning professional's Entra object id (Teams aadObjectId).</summary>
    [JsonInclude]
    public string ProfessionalId { get; private set; } = string.Empty;

    /// <summary>Display name or pseudonym (never a BSN); empty once the data is deleted.</summary>
    [JsonInclude]
    public string ClientName { get; private set; } = string.Empty;

    /// <summary>When the appointment starts, with the Amsterdam offset.</summary>
    [JsonInclude]
    public DateTimeOffset Start { get; private set; }

    /// <summary>Which parts the client is asked to prepare.</summary>
    [JsonInclude]
    public PreparationParts Parts { get; private set; }

    /// <summary>The language of the invitation, the client's start, and the summary.</summary>
    [JsonInclude]
    [JsonConverter(typeof(JsonStringEnumConverter<Language>))]
    public Language Language { get; private set; }

    [JsonInclude]
    public AppointmentStatus Status { get; private set; }

    [JsonInclude]
    public DateTimeOffset CreatedAt { get; private set; }

    [JsonInclude]
    public DateTimeOffset? StartedAt { get; private set; }

    /// <summary>The last time the client shared (sharing again refreshes it).</summary>
    [JsonInclude]
    public DateTimeOffset? SharedAt { get; private set; }

    /// <summary>What caused the last share (an opaque key), so the same share made again is recognised.</summary>
    [JsonInclude]
    public string? ShareKey { get; private set; }

    [JsonInclude]
    public DateTimeOffset? CancelledAt { get; private set; }

    [JsonInclude]
    public DateTimeOffset? DataDeletedAt { get; private set; }

    /// <summary>
    /// The one client conversation that may act for this appointment (an opaque key), or null when
    /// none may: before the code is used, and after the code was withdrawn or replaced, the appointment
    /// cancelled or the data deleted.
    /// </summary>
    [JsonInclude]
    public string? ClientConversation { get; private set; }

    /// <summary>The PIN the client chose to come back from another device (salted hash), or null.</summary>
    [JsonInclude]
    public ResumePin? ResumePin { get; private set; }

    /// <summary>Every conversation that was ever bound: erasure deletes them all.</summary>
    [JsonInclude]
    public IReadOnlyList<string> BoundConversations { get; private set; } = [];

    public bool CanBegin => Status is AppointmentStatus.NotStarted or AppointmentStatus.InProgress or AppointmentStatus.Shared;

    public bool CanShare => Status is AppointmentStatus.InProgress or AppointmentStatus.Shared;

    public bool CanCancel => Status is not AppointmentStatus.DataDeleted;

    /// <summary>Whether the professional may see the client's (shared) preparation now.</summary>
    public bool IsShared => Status == AppointmentStatus.Shared;

    /// <summary>A new random appointment id.</summary>
    public static string NewId() => Guid.NewGuid().ToString("N");

    /// <summary>Checks the professional's input; null when it is fine. Use it to re-ask before <see cref="Create"/>.</summary>
    public static AppointmentProblem? Check(string? clientName, DateTimeOffset start, PreparationParts parts, DateTimeOffset now)
    {
        if (ClientNameRules.Check(clientName) is { } problem)
        {
            return problem;
        }

        if ((parts & PreparationParts.All) == PreparationParts.None)
        {
            return AppointmentProblem.NoPartsChosen;
        }

        return start <= now ? AppointmentProblem.StartInPast : null;
    }

    /// <summary>Creates an appointment; throws when <see cref="Check"/> finds a problem or an id is empty.</summary>
    public static Appointment Create(
        string id,
        string professionalId,
        string clientName,
        DateTimeOffset start,
        PreparationParts parts,
        Language language,
        DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(professionalId);
        if (Check(clientName, start, parts, now) is { } problem)
        {
            throw new ArgumentException($"The appointment cannot be created: {problem}.", nameof(clientName));
        }

        return new Appointment
        {
            Id = id,
            ProfessionalId = professionalId,
            ClientName = clientName.Trim(),
            Start = AmsterdamTime.ToAmsterdam(start),
            Parts = parts & PreparationParts.All,
            Language = language,
            Status = AppointmentStatus.NotStarted,
            CreatedAt = now,
        };
    }

    /// <summary>Whether this conversation may change the client's data now: it is the bound one and the appointment is open.</summary>
    public bool AllowsClient(string conversationKey) =>
        CanBegin && ClientConversation is not null && string.Equals(ClientConversation, conversationKey, StringComparison.Ordinal);

    /// <summary>
    /// Binds the conversation that redeemed the invitation; any earlier one loses its right to act.
    /// Returns the conversation that was bound before (null when none, or when it is this one).
    /// </summary>
    public string? BindClient(string conversationKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationKey);
        Guard(CanBegin, nameof(BindClient));
        var before = ClientConversation;
        ClientConversation = conversationKey;
        if (!BoundConversations.Contains(conversationKey))
        {
            BoundConversations = [.. BoundConversations, conversationKey];
        }

        return before == conversationKey ? null : before;
    }

    /// <summary>The client chose (or changed) their PIN; only while the appointment is open.</summary>
    public void SetResumePin(ResumePin pin)
    {
        ArgumentNullException.ThrowIfNull(pin);
        Guard(CanBegin, nameof(SetResumePin));
        ResumePin = pin;
    }

    /// <summary>No conversation may act any more (code withdrawn or replaced). Returns the one that was bound.</summary>
    public string? ReleaseClient()
    {
        var before = ClientConversation;
        ClientConversation = null;
        return before;
    }

    /// <summary>After erasure deleted them: the conversations are no longer remembered.</summary>
    public void ForgetBoundConversations() => BoundConversations = [];

    public bool IsOwnedBy(string professionalId) => string.Equals(ProfessionalId, professionalId, StringComparison.Ordinal);

    /// <summary>The client starts (redeemed the invitation). On InProgress or Shared nothing changes.</summary>
    public void Begin(DateTimeOffset now)
    {
        Guard(CanBegin, nameof(Begin));
        if (Status == AppointmentStatus.NotStarted)
        {
            Status = AppointmentStatus.InProgress;
            StartedAt = now;
        }
    }

    /// <summary>The client shares their preparation (again); <paramref name="key"/> names what caused it.</summary>
    public void Share(DateTimeOffset now, string? key = null)
    {
        Guard(CanShare, nameof(Share));
        Status = AppointmentStatus.Shared;
        SharedAt = now;
        ShareKey = key;
    }

    /// <summary>The professional cancels. Cancelling twice changes nothing.</summary>
    public void Cancel(DateTimeOffset now)
    {
        Guard(CanCancel, nameof(Cancel));
        if (Status != AppointmentStatus.Cancelled)
        {
            Status = AppointmentStatus.Cancelled;
            CancelledAt = now;
            ClientConversation = null;
        }
    }

    /// <summary>
    /// Marks the client's data deleted and forgets the client's name. Deleting the stored answers is
    /// the storage's job. Deleting twice changes nothing.
    /// </summary>
    public void DeleteData(DateTimeOffset now)
    {
        if (Status == AppointmentStatus.DataDeleted)
        {
            return;
        }

        Status = AppointmentStatus.DataDeleted;
        ClientName = string.Empty;
        ClientConversation = null;
        ResumePin = null;
        DataDeletedAt = now;
    }

    private void Guard(bool allowed, string change)
    {
        if (!allowed)
        {
            throw new AppointmentStatusException(Id, Status, change);
        }
    }
}
