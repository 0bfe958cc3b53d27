using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace ReIntegratie.Playground.Tests.Support;

/// <summary>
/// Knows when the bot has finished a turn in the playground's Web Chat: Web Chat's last POST returned
/// (the development Direct Line answers after the turn) and the turn's last activity, read from the
/// server, is on screen with every card drawn. No sleeps.
/// </summary>
public sealed class WebChatTurns(IPage page, DirectLineClient directLine)
{
    public const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";
    public static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(30);
    private int postsSeen;

    /// <summary>Waits for the turn that follows the client's last post; returns the whole conversation so far.</summary>
    public async Task<List<JsonObject>> WaitAsync()
    {
        var timeout = new PageWaitForFunctionOptions { Timeout = (float)TurnTimeout.TotalMilliseconds, PollingInterval = 50 };
        await page.WaitForFunctionAsync(
            "n => window.playground.postsPending > n && window.playground.postsDone === window.playground.postsPending",
            postsSeen, timeout);
        postsSeen = await page.EvaluateAsync<int>("() => window.playground.postsPending");

        var conversationId = await page.EvaluateAsync<string>("() => window.playground.conversationId");
        var token = await page.EvaluateAsync<string>("() => window.playground.token");
        var (activities, _) = await directLine.GetActivitiesAsync(conversationId, token);
        var lastId = Id(activities[^1]);
        await page.WaitForFunctionAsync("id => window.playground.activities.some(a => a.id === id)", lastId, timeout);
        await page.WaitForFunctionAsync(
            """
            () => {
              const withCards = new Set(window.playground.activities
                .filter(a => (a.attachments || []).some(x => x.contentType === 'application/vnd.microsoft.card.adaptive'))
                .map(a => a.id));
              return document.querySelectorAll('#webchat .ac-adaptiveCard').length === withCards.size;
            }
            """,
            null, timeout);
        return activities;
    }

    /// <summary>
    /// The card of each bot turn, to be answered before the next is read, until a message of the bot says
    /// <paramref name="done"/>. Bounded in turns and time; a turn that ends without a card is an error.
    /// </summary>
    public async IAsyncEnumerable<JsonObject> CardsUntilAsync(string done, TimeSpan limit, int maxTurns)
    {
        var clock = Stopwatch.StartNew();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var turns = 1; ; turns++)
        {
            var turn = await WaitAsync();
            if (turn.Where(a => seen.Add(Id(a))).Any(a => a["text"]?.GetValue<string>() == done))
            {
                yield break;
            }

            if (turns > maxTurns || clock.Elapsed > limit)
            {
                throw new TimeoutException($"No \"{done}\" after {turns - 1} answered cards and {clock.Elapsed.TotalSeconds:F0} s.");
            }

            var last = turn[^1];
            yield return CardOf(last) ?? throw new InvalidOperationException($"The bot's last message has no card to answer: \"{last["text"]}\"");
        }
    }

    public static JsonObject? CardOf(JsonObject activity) =>
        activity["attachments"]?.AsArray().Select(a => a!.AsObject()).FirstOrDefault(a => a["contentType"]?.GetValue<string>() == AdaptiveCardType)?["content"]?.AsObject();

    public static string Id(JsonObject node) => node["id"]?.GetValue<string>() ?? "";
}
