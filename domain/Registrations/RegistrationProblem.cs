using System.Text.Json.Serialization;

namespace ReIntegratie.Domain.Registrations;

/// <summary>Why a new assignment, a change of its settings, or a change of an inventory was refused.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RegistrationProblem>))]
public enum RegistrationProblem
{
    /// <summary>The start date is before today.</summary>
    StartInPast,

    /// <summary>The duration is outside 1..56 days (limit: the maximum).</summary>
    DurationOutOfRange,

    /// <summary>No complaint or behaviour given for an OMA registration.</summary>
    ComplaintEmpty,

    /// <summary>The complaint is longer than allowed (limit: the maximum length).</summary>
    ComplaintTooLong,

    /// <summary>An OMA registration needs three reminder times.</summary>
    OmaNeedsThreeTimes,

    /// <summary>The OMA reminder times are not in the order of the day or not all different.</summary>
    TimesNotInOrder,

    /// <summary>A worry assignment needs exactly one daily time.</summary>
    WorryNeedsOneTime,

    /// <summary>An inventory has no reminder, or one daily time at most.</summary>
    InventoryAtMostOneTime,

    /// <summary>The stressor text is empty.</summary>
    StressorEmpty,

    /// <summary>The stressor text is too long (limit: the maximum length).</summary>
    StressorTooLong,

    /// <summary>The list already holds the maximum number of stressors (limit: 10).</summary>
    TooManyStressors,

    /// <summary>The list is not complete yet: fewer than 7 stressors (limit: 7).</summary>
    TooFewStressors,

    /// <summary>Not every stressor is marked A, B or C yet.</summary>
    NotAllMarked,

    /// <summary>No stressor with that id.</summary>
    UnknownStressor,

    /// <summary>A plan can only be written once the stressor is marked A, B or C.</summary>
    StressorNotMarked,

    /// <summary>The plan text is too long (limit: the maximum length).</summary>
    PlanTooLong,

    /// <summary>The assignment is stopped or completed: nothing can change any more.</summary>
    Ended,
}
