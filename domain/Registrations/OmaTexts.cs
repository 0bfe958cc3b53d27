namespace ReIntegratie.Domain.Registrations;

/// <summary>
/// The two optional short texts of an OMA answer, asked from week 2: what you did or what happened,
/// and what you thought or felt. Each at most <see cref="RegistrationLimits.OmaTextMaxLength"/> characters.
/// </summary>
public sealed record OmaTexts(string? WhatHappened, string? ThoughtOrFeeling)
{
    public static OmaTexts None { get; } = new(null, null);
}
