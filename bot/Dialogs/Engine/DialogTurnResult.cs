using System.Text.Json.Nodes;

namespace ReIntegratie.Bot.Dialogs.Engine;

/// <summary>What a dialog operation left behind: its status and, when a dialog ended, its result.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, JsonNode? Result = null)
{
    public static DialogTurnResult EndOfTurn { get; } = new(DialogTurnStatus.Waiting);
}
