using System.Collections.Immutable;

namespace ReIntegratie.Domain.Registrations;

/// <summary>
/// The local Amsterdam reminder times in effect from an instant on. An assignment keeps every plan
/// it had, so reminders already due keep their old times and changed times count from the change on.
/// </summary>
public sealed record ReminderPlan(DateTimeOffset From, ImmutableList<TimeOnly> Times);
