namespace ReIntegratie.Domain.Registrations;

/// <summary>
/// The suggested next step of an inventory, in the order of the method: first the list, then the
/// marks, then the A's, then the B's, then the C's (docs/method.md §8). Plans are optional.
/// </summary>
public enum InventoryStep
{
    /// <summary>Fewer than 7 stressors on the list.</summary>
    ListStressors,

    /// <summary>Not every stressor has A, B or C yet.</summary>
    MarkStressors,

    /// <summary>An A without an approach.</summary>
    WorkOutActNow,

    /// <summary>A B without a strategy.</summary>
    WorkOutLater,

    /// <summary>A C without a way to live with it.</summary>
    WorkOutCannotInfluence,

    /// <summary>Every stressor marked and worked out.</summary>
    Done,
}
