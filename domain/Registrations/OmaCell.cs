namespace ReIntegratie.Domain.Registrations;

/// <summary>One slot of one day in the overview; <see cref="Entry"/> holds the answer and its texts, if any.</summary>
public sealed record OmaCell(OmaSlot Slot, OmaCellState State, bool IsLate, OmaEntry? Entry);
