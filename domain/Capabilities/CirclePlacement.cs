using System.Collections.Immutable;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Domain.Capabilities;

/// <summary>
/// The circle model (docs/method.md §3): after the list, the client places each value they
/// rated important (4 or 5 on a) in one of three circles. The eighth value, when named, is offered
/// too: naming it says it matters. Immutable: each change returns a new placement.
/// </summary>
public sealed record CirclePlacement
{
    public static CirclePlacement Empty { get; } = new();

    /// <summary>Value id (one of the seven, or the extra value's id) to circle.</summary>
    public ImmutableDictionary<string, Circle> Placements { get; init; } = ImmutableDictionary<string, Circle>.Empty;

    /// <summary>The values to offer for placement, in list order, the eighth value last.</summary>
    public static IReadOnlyList<string> ValuesToOffer(
        CapabilityList list, IReadOnlyDictionary<string, CapabilityAnswer> answers, ExtraValueAnswer? extraValue)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(answers);
        var offered = list.Values
            .Where(value => answers.TryGetValue(value.Id, out var answer) && CapabilityScoring.IsHigh(answer.Importance))
            .Select(value => value.Id)
            .ToList();
        if (extraValue is not null)
        {
            offered.Add(list.ExtraValue.Id);
        }

        return offered;
    }

    public static bool CanPlace(string valueId, IReadOnlyCollection<string> offered) => offered.Contains(valueId);

    /// <summary>Places (or moves) a value. Throws when the value was not offered: check <see cref="CanPlace"/> first.</summary>
    public CirclePlacement Place(string valueId, Circle circle, IReadOnlyCollection<string> offered)
    {
        if (!CanPlace(valueId, offered))
        {
            throw new InvalidOperationException($"Value '{valueId}' was not offered for the circles, so it cannot be placed.");
        }

        if (!Enum.IsDefined(circle))
        {
            throw new ArgumentOutOfRangeException(nameof(circle), circle, "Unknown circle.");
        }

        return this with { Placements = Placements.SetItem(valueId, circle) };
    }

    public CirclePlacement Remove(string valueId) => this with { Placements = Placements.Remove(valueId) };

    /// <summary>Drops placements of values no longer offered (e.g. importance changed to 3).</summary>
    public CirclePlacement KeepOnly(IReadOnlyCollection<string> offered) =>
        Placements.Keys.All(offered.Contains)
            ? this
            : this with { Placements = Placements.Where(pair => offered.Contains(pair.Key)).ToImmutableDictionary() };

    public Circle? CircleOf(string valueId) => Placements.TryGetValue(valueId, out var circle) ? circle : null;

    /// <summary>The values in one circle, in the order given (e.g. the offered order).</summary>
    public IReadOnlyList<string> In(Circle circle, IEnumerable<string> order) =>
        order.Where(valueId => CircleOf(valueId) == circle).ToList();

    /// <summary>Every offered value has a circle.</summary>
    public bool IsComplete(IReadOnlyCollection<string> offered) => offered.All(Placements.ContainsKey);
}
