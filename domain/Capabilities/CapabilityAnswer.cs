using System.Text.Json.Serialization;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Domain.Capabilities;

/// <summary>
/// The client's three ratings for one work value, each 1-5 or null when skipped:
/// a <see cref="Importance"/>, b <see cref="Enablement"/>, c <see cref="Realisation"/>.
/// A client without work may answer b with "niet van toepassing" (<see cref="EnablementNotApplicable"/>).
/// </summary>
public sealed record CapabilityAnswer
{
    [JsonConstructor]
    public CapabilityAnswer(int? importance, int? enablement, int? realisation, bool enablementNotApplicable = false)
    {
        Importance = CheckScale(importance, nameof(importance));
        Enablement = CheckScale(enablement, nameof(enablement));
        Realisation = CheckScale(realisation, nameof(realisation));
        if (enablementNotApplicable && enablement is not null)
        {
            throw new ArgumentException("b is either a rating or 'not applicable', not both.", nameof(enablementNotApplicable));
        }

        EnablementNotApplicable = enablementNotApplicable;
    }

    /// <summary>a: how important the value is to the client.</summary>
    public int? Importance { get; }

    /// <summary>b: whether their work (or last or hoped-for work) enables them to realise it.</summary>
    public int? Enablement { get; }

    /// <summary>b answered "niet van toepassing" (clients without work only).</summary>
    public bool EnablementNotApplicable { get; }

    /// <summary>c: whether they succeed in realising it.</summary>
    public int? Realisation { get; }

    /// <summary>All three answered (b may be "niet van toepassing").</summary>
    [JsonIgnore]
    public bool IsComplete => Importance is not null && (Enablement is not null || EnablementNotApplicable) && Realisation is not null;

    public static CapabilityAnswer Of(int importance, int enablement, int realisation) => new(importance, enablement, realisation);

    public static CapabilityAnswer WithEnablementNotApplicable(int? importance, int? realisation) =>
        new(importance, null, realisation, enablementNotApplicable: true);

    internal static int? CheckScale(int? value, string name) =>
        value is null || RatingScale.IsValid(value.Value)
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"A rating is {RatingScale.Min} to {RatingScale.Max}.");
}
