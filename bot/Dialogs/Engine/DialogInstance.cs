using System.Text.Json.Nodes;

namespace ReIntegratie.Bot.Dialogs.Engine;

/// <summary>One entry of the persisted dialog stack: which dialog, its own state, and (for a component) its inner stack.</summary>
public sealed class DialogInstance
{
    public string Id { get; set; } = "";
    public JsonObject State { get; set; } = [];
    public List<DialogInstance>? Inner { get; set; }
}
