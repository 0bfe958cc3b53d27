namespace ReIntegratie.Domain.Registrations;

/// <summary>
/// The answer for one slot of one day: did the complaint or behaviour occur, optionally what happened
/// and what the client thought or felt (from week 2), when it was answered, and whether it was filled
/// in late (the next day).
/// </summary>
public sealed record OmaEntry(
    DateOnly Date,
    OmaSlot Slot,
    bool Occurred,
    string? WhatHappened,
    string? ThoughtOrFeeling,
    DateTimeOffset AnsweredAt,
    bool IsLate);
