using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Conversations;

/// <summary>
/// Settings section "Client": the link base for invitations and the organisation's own statement of
/// what the professional does with the answers. It comes from configuration because each organisation
/// states its own policy (docs/method.md §4).
/// </summary>
public sealed class ClientOptions
{
    public const string Section = "Client";

    /// <summary>Empty: the bot's own address once it listens (for local runs; a deployment sets its chat page).</summary>
    public string InvitationLinkBase { get; set; } = "";
    public string PolicyStatementNl { get; set; } = "";
    public string PolicyStatementEn { get; set; } = "";

    /// <summary>The link for the client: the code, and the appointment's language so the chat greets them in it.</summary>
    public string InvitationLink(string code, Language language) =>
        InvitationLinkBase.TrimEnd('/') + "/?code=" + Uri.EscapeDataString(code) + (language == Language.English ? "&lang=en" : "");

    public string? PolicyStatement(Language language)
    {
        var text = language == Language.English ? PolicyStatementEn : PolicyStatementNl;
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }
}
