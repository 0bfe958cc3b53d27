using System.Globalization;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Domain.Registrations;

/// <summary>
/// How far an inventory is: counts, the next suggested step (and the stressor it is about, if any),
/// and whether it is complete: 7-10 stressors, each marked A, B or C (plans are optional).
/// </summary>
public sealed record InventoryProgress(
    int Stressors,
    int Marked,
    int WithPlan,
    InventoryStep Next,
    int? NextStressorId)
{
    /// <summary>7-10 stressors, all marked: the assignment may be completed.</summary>
    public bool IsComplete =>
        Stressors is >= RegistrationLimits.MinStressors and <= RegistrationLimits.MaxStressors && Marked == Stressors;

    /// <summary>E.g. "registration.inventory.step.workOutActNow".</summary>
    public string TextKey => RegistrationTextKeys.InventoryStepKey(Next);

    /// <summary>"Je lijst heeft nu 8 situaties. Bij 5 staat een letter."</summary>
    public string CountsText(TextCatalog texts, Language language)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.Format(RegistrationTextKeys.InventoryProgress, language, new Dictionary<string, string>
        {
            ["count"] = Stressors.ToString(CultureInfo.InvariantCulture),
            ["marked"] = Marked.ToString(CultureInfo.InvariantCulture),
        });
    }
}
