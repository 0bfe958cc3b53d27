using System.Text.Json.Serialization;

namespace ReIntegratie.Domain.Preparation;

/// <summary>
/// Whether the client has work now, from their answer to the early question "Heb je nu werk?".
/// It decides the wording of capability questions b and c and which variant of card 7 is asked.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<WorkSituation>))]
public enum WorkSituation
{
    /// <summary>Not answered (yet), skipped, or kept for the conversation. Treated like <see cref="WithoutWork"/> for wording: it assumes less.</summary>
    Unknown,

    /// <summary>Has work, fully or partly (also on sick leave with an employer).</summary>
    WithWork,

    /// <summary>Has no work now: b and c refer to the last or hoped-for work, and b may be "niet van toepassing".</summary>
    WithoutWork,
}
