using ReIntegratie.Domain.Capabilities;

namespace ReIntegratie.Domain.Summary;

/// <summary>One value on the summary: its name, the client's ratings (a, b, c), the outcome and its circle.</summary>
/// <param name="IsClientWords">The eighth value: its name is the client's own words (escape it).</param>
/// <param name="IsAnswered">False when the client did not rate this value.</param>
/// <param name="RatingsText">E.g. "a 5 · b 4 · c 2" or "a 5 · b n.v.t. · c 2".</param>
/// <param name="OutcomeText">E.g. "Discrepantie via c (lukt weinig)".</param>
public sealed record ValueResult(
    string ValueId,
    string Name,
    bool IsClientWords,
    bool IsAnswered,
    int? Importance,
    int? Enablement,
    bool EnablementNotApplicable,
    int? Realisation,
    string RatingsText,
    CapabilityScore Score,
    string OutcomeText,
    Circle? Circle);
