using System.Text.Json;
using ReIntegratie.Bot.Channel;

namespace ReIntegratie.Bot.Appointments;

/// <summary>
/// Who is a professional: a Teams user (channel msteams, with an Entra object id) from an allowed tenant.
/// The tenant comes from the conversation or, as Teams also sends it, from channelData.tenant.id.
/// </summary>
public static class ProfessionalIdentity
{
    public const string TeamsChannel = "msteams";

    public static bool IsTeams(Activity activity) => string.Equals(activity.ChannelId, TeamsChannel, StringComparison.OrdinalIgnoreCase);

    public static string? TenantOf(Activity activity)
    {
        if (!string.IsNullOrWhiteSpace(activity.Conversation?.TenantId))
        {
            return activity.Conversation.TenantId;
        }

        return activity.ChannelData is { ValueKind: JsonValueKind.Object } data &&
               data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object &&
               tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
    }

    /// <summary>The professional's id (their Entra object id) when the activity comes from one, else null.</summary>
    public static string? ProfessionalIdOf(Activity activity, ProfessionalOptions options)
    {
        if (!IsTeams(activity) || string.IsNullOrWhiteSpace(activity.From?.AadObjectId))
        {
            return null;
        }

        var tenant = TenantOf(activity);
        return tenant is not null && options.AllowedTenantIds.Contains(tenant, StringComparer.OrdinalIgnoreCase)
            ? activity.From.AadObjectId
            : null;
    }
}
