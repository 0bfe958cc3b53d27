namespace ReIntegratie.Domain.Summary;

/// <summary>
/// The capability list and the circles: every value with its ratings and outcome, the eighth value
/// if the client named one, the counts, and the three circles. The counts are taken from the same
/// values the lists show: the seven, with the eighth value beside them as "+1 eigen waarde".
/// </summary>
/// <param name="Legend">What a, b and c stand for.</param>
/// <param name="CountsText">E.g. "Capabilities: 1 van 7. Discrepanties: 3 van 7 +1 eigen waarde."</param>
public sealed record CapabilityBlock(
    string Title,
    string Legend,
    IReadOnlyList<ValueResult> Values,
    ValueResult? ExtraValue,
    string CountsText,
    IReadOnlyList<CircleGroup> Circles) : SummaryBlock
{
    /// <summary>Capabilities among the seven, 0-7.</summary>
    public int CapabilityCount => Values.Count(value => value.Score.IsCapability);

    /// <summary>Discrepancies among the seven, 0-7.</summary>
    public int DiscrepancyCount => Values.Count(value => value.Score.IsDiscrepancy);

    /// <summary>The discrepancies first: the summary leads with values and discrepancies.</summary>
    public IEnumerable<ValueResult> Discrepancies => AllValues.Where(value => value.Score.IsDiscrepancy);

    public IEnumerable<ValueResult> Capabilities => AllValues.Where(value => value.Score.IsCapability);

    /// <summary>The seven, then the eighth value if there is one.</summary>
    public IEnumerable<ValueResult> AllValues => ExtraValue is null ? Values : Values.Append(ExtraValue);
}
