namespace ReIntegratie.Bot.Channel;

/// <summary>The fields without which an inbound activity cannot be processed or answered.</summary>
public static class ActivityValidation
{
    public const int MaxIdLength = 512;

    /// <summary>Returns the reason an activity is unusable, or null when it is fine.</summary>
    public static string? FindProblem(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "type is missing";
        }

        if (string.IsNullOrWhiteSpace(activity.ChannelId) || activity.ChannelId.Length > 64)
        {
            return "channelId is missing or too long";
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id) || activity.Conversation.Id.Length > MaxIdLength)
        {
            return "conversation.id is missing or too long";
        }

        if (activity.Id is { Length: > MaxIdLength })
        {
            return "id is too long";
        }

        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) ||
            (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            return "serviceUrl is missing or not an http(s) URL";
        }

        return null;
    }
}
