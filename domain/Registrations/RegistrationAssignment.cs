using System.Collections.Immutable;
using System.Text.Json.Serialization;
using ReIntegratie.Domain.Schedule;

namespace ReIntegratie.Domain.Registrations;

/// <summary>
/// A registration assignment the professional gave for an appointment: its type, period (Amsterdam
/// dates), status, reminder times and sharing choice, with the client's entries in the part that
/// goes with the type (<see cref="Oma"/>, <see cref="Worry"/> or <see cref="Inventory"/>). Stored as
/// one JSON document (System.Text.Json, any options). Status changes are guarded (see
/// <see cref="RegistrationStatus"/>); entries and settings return typed outcomes; times are passed in.
/// <para>
/// Sharing is off by default for every type: registrations hold health notes and worries
/// (special-category data), so the bot asks the client whether to share, and they can change it at
/// any time (also after the end).
/// </para>
/// </summary>
public sealed partial class RegistrationAssignment
{
    [JsonConstructor]
    private RegistrationAssignment()
    {
    }

    [JsonInclude]
    public string Id { get; private set; } = string.Empty;

    /// <summary>The appointment (and so the professional and client) the assignment belongs to.</summary>
    [JsonInclude]
    public string AppointmentId { get; private set; } = string.Empty;

    [JsonInclude]
    public RegistrationType Type { get; private set; }

    /// <summary>The dates of the assignment, Europe/Amsterdam.</summary>
    [JsonInclude]
    public RegistrationPeriod Period { get; private set; } = new(default, 1);

    [JsonInclude]
    public RegistrationStatus Status { get; private set; }

    [JsonInclude]
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When it was stopped or completed; no reminders from then on.</summary>
    [JsonInclude]
    public DateTimeOffset? EndedAt { get; private set; }

    /// <summary>Whether the client shares the entries (for a worry assignment: the notes) with the professional. Off by default.</summary>
    [JsonInclude]
    public bool IsShared { get; private set; }

    /// <summary>Every set of reminder times with the instant it took effect; the last one is current.</summary>
    [JsonInclude]
    public ImmutableList<ReminderPlan> ReminderPlans { get; private set; } = ImmutableList<ReminderPlan>.Empty;

    /// <summary>When the reminders were paused (the last one open while <see cref="RegistrationStatus.Paused"/>).</summary>
    [JsonInclude]
    public ImmutableList<PausePeriod> Pauses { get; private set; } = ImmutableList<PausePeriod>.Empty;

    /// <summary>The OMA answers; null unless <see cref="Type"/> is <see cref="RegistrationType.OmaRegistration"/>.</summary>
    [JsonInclude]
    public OmaRegistration? Oma { get; private set; }

    /// <summary>The worry sessions and notes; null unless <see cref="Type"/> is <see cref="RegistrationType.WorryTime"/>.</summary>
    [JsonInclude]
    public WorryTime? Worry { get; private set; }

    /// <summary>The stressor list; null unless <see cref="Type"/> is <see cref="RegistrationType.ProblemInventory"/>.</summary>
    [JsonInclude]
    public ProblemInventory? Inventory { get; private set; }

    [JsonIgnore]
    public DateOnly StartDate => Period.Start;

    [JsonIgnore]
    public int DurationDays => Period.Days;

    /// <summary>The last date of the assignment.</summary>
    [JsonIgnore]
    public DateOnly EndDate => Period.End;

    /// <summary>The current local Amsterdam reminder times (OMA: morning, afternoon, evening; worry: one; inventory: none or one).</summary>
    [JsonIgnore]
    public IReadOnlyList<TimeOnly> ReminderTimes => ReminderPlans.IsEmpty ? [] : ReminderPlans[^1].Times;

    [JsonIgnore]
    public bool IsEnded => Status is RegistrationStatus.Stopped or RegistrationStatus.Completed;

    [JsonIgnore]
    public bool CanPause => Status == RegistrationStatus.Active;

    [JsonIgnore]
    public bool CanResume => Status == RegistrationStatus.Paused;

    [JsonIgnore]
    public bool CanStop => !IsEnded;

    /// <summary>Not ended, and for an inventory: the list is complete (7-10 stressors, all marked).</summary>
    [JsonIgnore]
    public bool CanComplete => !IsEnded && (Inventory is null || Inventory.CheckComplete().IsValid);

    /// <summary>A new random assignment id.</summary>
    public static string NewId() => Guid.NewGuid().ToString("N");

    /// <summary>
    /// A new OMA registration of <paramref name="complaint"/> (the client's words), starting on an
    /// Amsterdam date, with the default 14 days and 12:30/17:30/21:30 unless agreed otherwise.
    /// Throws when <see cref="RegistrationRules.CheckNew"/> refuses; check first to re-ask.
    /// </summary>
    public static RegistrationAssignment CreateOma(
        string id,
        string appointmentId,
        DateOnly startDate,
        string complaint,
        DateTimeOffset now,
        int durationDays = RegistrationDefaults.DurationDays,
        IReadOnlyList<TimeOnly>? reminderTimes = null)
    {
        var assignment = Create(id, appointmentId, RegistrationType.OmaRegistration, startDate, durationDays, reminderTimes ?? RegistrationDefaults.OmaReminderTimes, complaint, now);
        assignment.Oma = new OmaRegistration(complaint.Trim());
        return assignment;
    }

    /// <summary>A new worry assignment with its one daily session time, chosen with the client.</summary>
    public static RegistrationAssignment CreateWorryTime(
        string id,
        string appointmentId,
        DateOnly startDate,
        TimeOnly sessionTime,
        DateTimeOffset now,
        int durationDays = RegistrationDefaults.DurationDays)
    {
        var assignment = Create(id, appointmentId, RegistrationType.WorryTime, startDate, durationDays, [sessionTime], null, now);
        assignment.Worry = new WorryTime();
        return assignment;
    }

    /// <summary>
    /// A new problem-and-solution inventory. No periodic reminder unless the client asks for one
    /// gentle daily reminder (<paramref name="reminderTime"/>): it is a written task until the next
    /// conversation, not a daily registration.
    /// </summary>
    public static RegistrationAssignment CreateProblemInventory(
        string id,
        string appointmentId,
        DateOnly startDate,
        DateTimeOffset now,
        int durationDays = RegistrationDefaults.DurationDays,
        TimeOnly? reminderTime = null)
    {
        IReadOnlyList<TimeOnly> times = reminderTime is { } time ? [time] : [];
        var assignment = Create(id, appointmentId, RegistrationType.ProblemInventory, startDate, durationDays, times, null, now);
        assignment.Inventory = new ProblemInventory();
        return assignment;
    }

    /// <summary>The week of the assignment a date is in (1-based), or null outside the period.</summary>
    public int? WeekOf(DateOnly date) => Period.WeekOf(date);

    /// <summary>
    /// Whether the bot also asks "what did you do / what happened" and "what did you think or feel"
    /// for a date: OMA only, from week 2 (week 1 registers only whether it occurred).
    /// </summary>
    public bool AsksOmaTexts(DateOnly date) => Type == RegistrationType.OmaRegistration && WeekOf(date) >= 2;

    /// <summary>Pauses the reminders. Pausing when paused changes nothing.</summary>
    public void Pause(DateTimeOffset now)
    {
        if (Status == RegistrationStatus.Paused)
        {
            return;
        }

        Guard(CanPause, nameof(Pause));
        Status = RegistrationStatus.Paused;
        Pauses = Pauses.Add(new PausePeriod(now, null));
    }

    /// <summary>Resumes the reminders from now on. Resuming when active changes nothing.</summary>
    public void Resume(DateTimeOffset now)
    {
        if (Status == RegistrationStatus.Active)
        {
            return;
        }

        Guard(CanResume, nameof(Resume));
        Status = RegistrationStatus.Active;
        ClosePause(now);
    }

    /// <summary>Stops early: no more reminders or entries; what was filled in stays. Stopping twice changes nothing.</summary>
    public void Stop(DateTimeOffset now)
    {
        if (Status == RegistrationStatus.Stopped)
        {
            return;
        }

        Guard(CanStop, nameof(Stop));
        End(RegistrationStatus.Stopped, now);
    }

    /// <summary>Completes the assignment. Completing twice changes nothing; an incomplete inventory throws (check <see cref="CanComplete"/>).</summary>
    public void Complete(DateTimeOffset now)
    {
        if (Status == RegistrationStatus.Completed)
        {
            return;
        }

        Guard(!IsEnded, nameof(Complete));
        if (Inventory?.CheckComplete() is { IsValid: false } check)
        {
            throw new InvalidOperationException($"Registration assignment '{Id}' cannot be completed: {check.Problem}.");
        }

        End(RegistrationStatus.Completed, now);
    }

    /// <summary>
    /// Changes the reminder times (local Amsterdam, checked per type). Reminders due from
    /// <paramref name="now"/> on use the new times; earlier ones keep the old.
    /// </summary>
    public RegistrationCheck ChangeReminderTimes(IReadOnlyList<TimeOnly> times, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(times);
        if (IsEnded)
        {
            return RegistrationCheck.Because(RegistrationProblem.Ended);
        }

        var check = RegistrationRules.CheckReminderTimes(Type, times);
        if (check.IsValid)
        {
            ReminderPlans = ReminderPlans.Add(new ReminderPlan(now, [.. times]));
        }

        return check;
    }

    /// <summary>Switches sharing with the professional on or off (allowed in every status).</summary>
    public void SetShared(bool shared) => IsShared = shared;

    /// <summary>The reminder plan in effect at an instant, or null before the assignment was created.</summary>
    public ReminderPlan? PlanAt(DateTimeOffset instant) => ReminderPlans.FindLast(plan => plan.From <= instant);

    /// <summary>Whether reminders may go out at an instant: after creation, not paused then, not ended by then.</summary>
    public bool IsRemindingAt(DateTimeOffset instant) =>
        instant >= CreatedAt &&
        !(EndedAt is { } ended && instant >= ended) &&
        !Pauses.Exists(pause => pause.Covers(instant));

    private static RegistrationAssignment Create(
        string id,
        string appointmentId,
        RegistrationType type,
        DateOnly startDate,
        int durationDays,
        IReadOnlyList<TimeOnly> reminderTimes,
        string? complaint,
        DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(appointmentId);
        var check = RegistrationRules.CheckNew(type, startDate, durationDays, reminderTimes, complaint, AmsterdamWallClock.DateOf(now));
        if (!check.IsValid)
        {
            throw new ArgumentException($"The registration assignment cannot be created: {check.Problem}.", nameof(startDate));
        }

        return new RegistrationAssignment
        {
            Id = id,
            AppointmentId = appointmentId,
            Type = type,
            Period = new RegistrationPeriod(startDate, durationDays),
            Status = RegistrationStatus.Active,
            CreatedAt = now,
            ReminderPlans = [new ReminderPlan(now, [.. reminderTimes])],
        };
    }

    private void End(RegistrationStatus status, DateTimeOffset now)
    {
        ClosePause(now);
        Status = status;
        EndedAt = now;
    }

    private void ClosePause(DateTimeOffset now)
    {
        if (!Pauses.IsEmpty && Pauses[^1].Until is null)
        {
            Pauses = Pauses.SetItem(Pauses.Count - 1, Pauses[^1] with { Until = now });
        }
    }

    private void Guard(bool allowed, string change)
    {
        if (!allowed)
        {
            throw new RegistrationStatusException(Id, Status, change);
        }
    }
}
