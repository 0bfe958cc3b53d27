using System.Text.Json.Serialization;

namespace ReIntegratie.Domain.Capabilities;

/// <summary>
/// The optional eighth value: its name in the client's own words, then b and c for it. There is no
/// a: naming it is saying it matters, so scoring treats its importance as high.
/// </summary>
public sealed record ExtraValueAnswer
{
    [JsonConstructor]
    public ExtraValueAnswer(string name, int? enablement, int? realisation, bool enablementNotApplicable = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        Enablement = CapabilityAnswer.CheckScale(enablement, nameof(enablement));
        Realisation = CapabilityAnswer.CheckScale(realisation, nameof(realisation));
        if (enablementNotApplicable && enablement is not null)
        {
            throw new ArgumentException("b is either a rating or 'not applicable', not both.", nameof(enablementNotApplicable));
        }

        EnablementNotApplicable = enablementNotApplicable;
    }

    /// <summary>The value in the client's own words.</summary>
    public string Name { get; }

    /// <summary>b, 1-5 or null.</summary>
    public int? Enablement { get; }

    public bool EnablementNotApplicable { get; }

    /// <summary>c, 1-5 or null.</summary>
    public int? Realisation { get; }

    /// <summary>As a capability answer whose importance is high (5): the client named it as mattering.</summary>
    public CapabilityAnswer AsCapabilityAnswer() =>
        new(CapabilityScoring.ImportanceOfNamedValue, Enablement, Realisation, EnablementNotApplicable);
}
