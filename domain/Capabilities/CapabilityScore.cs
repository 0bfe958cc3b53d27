namespace ReIntegratie.Domain.Capabilities;

/// <summary>The score of one value, with which rating made a discrepancy and whether it is an "energielek".</summary>
/// <param name="IsEnergyLeak">
/// a high, b low, c high: important, not enabled, done anyway, at a cost (docs/method.md §2.3).
/// A discrepancy through b; the summary offers it to the professional as a question.
/// </param>
public sealed record CapabilityScore(CapabilityOutcome Outcome, DiscrepancyVia Via, bool IsEnergyLeak)
{
    public static CapabilityScore Neither { get; } = new(CapabilityOutcome.Neither, DiscrepancyVia.None, false);

    public static CapabilityScore Capability { get; } = new(CapabilityOutcome.Capability, DiscrepancyVia.None, false);

    public static CapabilityScore Discrepancy(DiscrepancyVia via, bool isEnergyLeak = false) =>
        via == DiscrepancyVia.None
            ? throw new ArgumentOutOfRangeException(nameof(via), via, "A discrepancy is through b, c or both.")
            : new(CapabilityOutcome.Discrepancy, via, isEnergyLeak);

    public bool IsCapability => Outcome == CapabilityOutcome.Capability;

    public bool IsDiscrepancy => Outcome == CapabilityOutcome.Discrepancy;
}
