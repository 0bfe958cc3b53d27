using System.Text.Json.Nodes;
using ReIntegratie.Bot.Channel;

namespace ReIntegratie.Bot.Tests.Support;

/// <summary>
/// Plays a client who answers whatever the bot asks, by pressing the rendered card inputs (or typing,
/// on a text channel), until the preparation is shared, by the fixed <see cref="ClientAnswerRule"/>
/// the benchmarks use too, so the stored result can be checked exactly.
/// </summary>
public sealed class JourneyDriver(ClientChat chat, string sharedText)
{
    public const string FreeText = ClientAnswerRule.FreeText;

    public int Turns { get; private set; }

    /// <summary>Answers the next question the way <see cref="ShareAsync"/> would; false once shared.</summary>
    public async Task<bool> StepAsync()
    {
        var last = chat.LastReply ?? throw new InvalidOperationException("the bot said nothing");
        if (last.Text == sharedText)
        {
            return false;
        }

        Turns++;
        if (ClientChat.CardOf(last) is { } card)
        {
            await chat.SubmitAsync(ClientAnswerRule.Submit(card));
        }
        else
        {
            await chat.SayAsync(ClientAnswerRule.Typed(last.Text ?? ""));
        }

        return true;
    }

    public async Task ShareAsync(int maxTurns = 200)
    {
        while (Turns++ < maxTurns)
        {
            var last = chat.LastReply ?? throw new InvalidOperationException("the bot said nothing");
            if (last.Text == sharedText)
            {
                return;
            }

            if (ClientChat.CardOf(last) is { } card)
            {
                await chat.SubmitAsync(ClientAnswerRule.Submit(card));
            }
            else
            {
                await chat.SayAsync(ClientAnswerRule.Typed(last.Text ?? ""));
            }
        }

        throw new InvalidOperationException($"not shared after {maxTurns} turns; last: {chat.LastReply?.Text}");
    }
}
