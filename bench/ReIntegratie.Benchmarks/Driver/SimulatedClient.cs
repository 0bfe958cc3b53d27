namespace ReIntegratie.Benchmarks.Driver;

/// <summary>
/// One client walking the whole journey in one conversation: joins the chat, gives the invitation
/// code, then answers whatever the bot asks (consent, the cards, the capability list, circles, own
/// agenda, review) until the bot says the preparation is shared; then starts over in a new
/// conversation with a new code. Never has two turns in flight.
/// </summary>
public sealed class SimulatedClient(string name, DriverContext driver)
{
    private const int MaxTurnsPerJourney = 250;
    private const int MaxProblemsPerJourney = 5;

    private int journey;
    private ChannelIdentity? who;
    private ReplyInbox? inbox;
    private OutgoingActivity next = OutgoingActivity.Join;
    private string? pendingCode;
    private int sequence;
    private int turnsInJourney;
    private int problemsInJourney;

    public int TurnsInJourney => turnsInJourney;

    /// <summary>The conversation of the current journey (null between journeys).</summary>
    public string? ConversationId => who?.ConversationId;

    /// <summary>The id of the activity sent last (in flight while a turn runs).</summary>
    public string? LastActivityId { get; private set; }

    /// <summary>Sends the next activity and waits for its 200; latency is counted from <paramref name="startTimestamp"/>.</summary>
    public async Task<TurnOutcome> TakeTurnAsync(long startTimestamp)
    {
        if (who is null)
        {
            await BeginJourneyAsync();
        }

        LastActivityId = $"{who!.ConversationId}-{++sequence}";
        var activity = ActivityJson.Write(next, who, LastActivityId, driver.Connector.ServiceUrl);
        var before = inbox!.Count;
        var (status, answered) = await driver.Bot.PostAsync(activity);
        var (_, last, arrived) = inbox.Since(before);
        var outcome = new TurnOutcome(status == 200 && last is not null, startTimestamp, Math.Max(answered, arrived));
        turnsInJourney++;

        if (status != 200 || last is null)
        {
            driver.CountProblem(status != 200 ? $"HTTP {status}" : "no reply");
            if (++problemsInJourney > MaxProblemsPerJourney)
            {
                driver.CountProblem("journey abandoned");
                EndJourney();
            }

            return outcome; // the same activity is sent again (with a new id), as a channel would retry
        }

        if (pendingCode is not null)
        {
            next = OutgoingActivity.Say(pendingCode);
            pendingCode = null;
        }
        else if (driver.Answers.Next(last) is { } answer)
        {
            next = answer;
        }
        else
        {
            driver.CountJourney();
            EndJourney();
        }

        if (turnsInJourney >= MaxTurnsPerJourney && who is not null)
        {
            driver.CountProblem("journey not shared within 250 turns");
            EndJourney();
        }

        return outcome;
    }

    /// <summary>Gets a code ready for the next journey now, so taking it does not land inside a measured turn.</summary>
    public async Task PrepareAsync()
    {
        if (who is null)
        {
            await BeginJourneyAsync();
        }
    }

    private async Task BeginJourneyAsync()
    {
        var code = await driver.Codes.TakeAsync();
        journey++;
        who = new ChannelIdentity(driver.ChannelId, $"{name}-j{journey}", $"user-{name}-j{journey}");
        inbox = driver.Connector.Register(who.ConversationId);
        next = OutgoingActivity.Join;
        pendingCode = code;
        sequence = 0;
        turnsInJourney = 0;
        problemsInJourney = 0;
    }

    private void EndJourney()
    {
        if (who is not null)
        {
            driver.Connector.Forget(who.ConversationId);
        }

        who = null;
        inbox = null;
    }
}
