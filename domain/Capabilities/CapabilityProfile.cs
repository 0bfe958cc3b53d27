namespace ReIntegratie.Domain.Capabilities;

/// <summary>
/// The scores of the whole list. The counts cover the seven values only (a capability count of
/// 0-7 is our presentation, not a source figure); the eighth value is scored on its own.
/// </summary>
public sealed record CapabilityProfile(IReadOnlyList<ValueScore> Values, ExtraValueScore? ExtraValue)
{
    /// <summary>Values scoring a capability, 0-7.</summary>
    public int CapabilityCount => Values.Count(value => value.Score.IsCapability);

    /// <summary>Values scoring a discrepancy, 0-7 (b and c both low counts once).</summary>
    public int DiscrepancyCount => Values.Count(value => value.Score.IsDiscrepancy);

    /// <summary>Values with all three ratings given.</summary>
    public int CompleteCount => Values.Count(value => value.Answer?.IsComplete == true);
}
