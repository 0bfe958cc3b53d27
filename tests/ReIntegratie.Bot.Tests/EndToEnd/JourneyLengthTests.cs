using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Dialogs.Preparation;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Appointments;
using ReIntegratie.Domain.Capabilities;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;
using Xunit.Abstractions;

namespace ReIntegratie.Bot.Tests.EndToEnd;

/// <summary>
/// How long the client's journey is: turns from the code to sharing, and the minutes the answering
/// model (docs/journey-time.md) gives, for the typical client the README describes.
/// </summary>
public sealed partial class JourneyLengthTests(ITestOutputHelper output) : HostedBotTest
{
    private const int MaxTurns = 40;
    private const int MaxMinutes = 20;
    private static readonly PreparationContent Content = PreparationContent.Default;

    [Fact]
    public async Task TypicalClient_ShouldShareWithinFortyTurns_InAboutFifteenToTwentyMinutesByTheModel()
    {
        var (client, journey) = await TypicalJourneyAsync();

        var seconds = ModelledSeconds(journey);
        output.WriteLine($"typical client: {client.Turns} turns from the code to shared, {seconds / 60:0.0} minutes by the model");
        Assert.InRange(client.Turns, 1, MaxTurns);
        Assert.InRange(seconds / 60, 13, MaxMinutes);
        Assert.Equal(AppointmentStatus.Shared, (await Host.Services.GetRequiredService<AppointmentStore>().ReadAppointmentAsync(Host.LastAppointmentId!, default))!.Value.Status);
    }

    [Fact]
    public async Task ClientWhoAnswersEverything_ShouldShareWithinFortyTurns_OnWebChat()
    {
        var (driver, journey) = await AnsweringEverythingAsync();
        output.WriteLine($"answering everything (an own value too): {driver.Turns + 1} turns from the code to shared");
        Assert.NotNull(journey.Answers.ExtraValue);
        Assert.All(JourneySteps.For(journey, Content), step => Assert.Contains(step.Key, journey.VisitedSteps));
        Assert.InRange(driver.Turns + 1, 1, MaxTurns); // + the code
    }

    [Fact]
    public void WholeJourneyEstimate_ShouldNeverBeOverTwentyMinutes_ForAnyPartsOrLanguage()
    {
        var progress = Host.Services.GetRequiredService<JourneyProgress>();
        foreach (var parts in new[] { PreparationParts.CardSet, PreparationParts.CapabilityList, PreparationParts.All })
        {
            foreach (var language in new[] { Language.Dutch, Language.English })
            {
                var minutes = progress.WholeJourneyMinutes(parts, language, cards: true);
                output.WriteLine($"{parts}, {language}: {minutes} minutes in Web Chat ({progress.WholeJourneySeconds(parts, language, cards: false) / 60:0.0} on a text channel)");
                Assert.InRange(minutes, 1, MaxMinutes);
            }
        }
    }

    [Fact]
    public async Task Progress_ShouldNumberEveryQuestionOnce_AndItsTotalAndMinutesShouldOnlyGoDown()
    {
        var (client, _) = await TypicalJourneyAsync();

        var lines = client.ProgressLines.Select(line => ProgressLine().Match(line)).ToList();
        Assert.All(lines, match => Assert.True(match.Success));
        var numbers = lines.Select(m => Number(m, "number")).ToList();
        var totals = lines.Select(m => Number(m, "total")).ToList();
        var minutes = lines.Select(m => Number(m, "minutes")).ToList();
        Assert.Equal(Enumerable.Range(1, lines.Count), numbers);
        Assert.Equal(lines.Count, totals[^1]);
        Assert.Equal(totals.OrderDescending(), totals);
        Assert.Equal(minutes.OrderDescending(), minutes);
    }

    [Fact]
    public async Task RememberedTimeLeft_ShouldEqualAFreshCount_ForJourneysThatDifferOnlyInTheOwnValuesNameOrLanguage()
    {
        var (_, answered) = await AnsweringEverythingAsync();
        var longName = Clone(answered);
        Assert.True(longName.Answers.SetExtraValue(Content, new ExtraValueAnswer("Dat ik met mijn handen iets moois en nuttigs kan maken", 3, 2)).IsValid);
        var remembered = Host.Services.GetRequiredService<JourneyProgress>();
        var views = Host.Services.GetRequiredService<StepViews>();

        foreach (var journey in new[] { answered, longName })
        {
            foreach (var language in new[] { Language.Dutch, Language.English })
            {
                foreach (var page in JourneyPages.For(journey, Content, together: true))
                {
                    using var fresh = new JourneyProgress(Content, views);
                    var expected = fresh.Position(journey, page, language, cards: true);
                    Assert.Equal(expected, remembered.Position(journey, page, language, cards: true));
                }
            }
        }
    }

    [Fact]
    public async Task Invitation_ShouldGiveTheMinutesOfTheJourneyForTheChosenParts()
    {
        await using var host = new BotHost(new Dictionary<string, string?> { ["Professionals:AllowedTenantIds:0"] = Tenant });
        var desk = new ProfessionalDesk(host, Connector, Tenant);
        var progress = host.Services.GetRequiredService<JourneyProgress>();
        var start = DateTimeOffset.UtcNow.AddDays(3);

        await desk.CreateAppointmentAsync("Sam", start, parts: "cards,capabilities");
        var both = desk.LastCreated[1].Text!;
        await desk.CreateAppointmentAsync("Kim", start, parts: "capabilities");
        var listOnly = desk.LastCreated[1].Text!;

        var bothMinutes = progress.WholeJourneyMinutes(PreparationParts.All, Language.Dutch, cards: true);
        var listMinutes = progress.WholeJourneyMinutes(PreparationParts.CapabilityList, Language.Dutch, cards: true);
        Assert.Contains($"ongeveer {bothMinutes} minuten", both, StringComparison.Ordinal);
        Assert.Contains($"ongeveer {listMinutes} minuten", listOnly, StringComparison.Ordinal);
        Assert.True(listMinutes < bothMinutes);
        Assert.InRange(bothMinutes, 1, MaxMinutes);
    }

    private const string Tenant = "11111111-2222-3333-4444-555555555555";

    private static ClientJourney Clone(ClientJourney journey) =>
        System.Text.Json.JsonSerializer.Deserialize<ConversationState>(System.Text.Json.JsonSerializer.Serialize(new ConversationState { Client = journey }, StorageJson.Options), StorageJson.Options)!.Client!;

    /// <summary>A client in Web Chat who answers every question by <see cref="ClientAnswerRule"/>, until shared.</summary>
    private async Task<(JourneyDriver Driver, ClientJourney Journey)> AnsweringEverythingAsync()
    {
        var code = await ClientChat.NewAppointmentAsync(Host);
        var chat = new ClientChat(Host, Connector, "everything-" + Guid.NewGuid().ToString("N")[..8], "webchat");
        await chat.SayAsync(code);
        var driver = new JourneyDriver(chat, BotTexts.Nl("journey.review.shared"));
        while (await driver.StepAsync())
        {
        }

        return (driver, await JourneyOfAsync(chat));
    }

    private async Task<ClientJourney> JourneyOfAsync(ClientChat chat) =>
        (await Host.Services.GetRequiredService<ConversationStateStore>().LoadAsync(ConversationStateStore.Key("webchat", chat.ConversationId), default))!.Value.Client!;

    private async Task<(TypicalClient Client, ClientJourney Journey)> TypicalJourneyAsync()
    {
        var code = await ClientChat.NewAppointmentAsync(Host);
        var chat = new ClientChat(Host, Connector, "typical-" + Guid.NewGuid().ToString("N")[..8], "webchat");
        var client = new TypicalClient(chat, BotTexts.Nl("journey.review.shared"));
        await client.TypeCodeAsync(code);
        await client.ShareAsync();
        return (client, await JourneyOfAsync(chat));
    }

    /// <summary>
    /// The model's time for the journey as this client went through it: the code and consent, every page they
    /// saw (an open question left empty or kept for the conversation costs a tap, not an answer), and the review.
    /// </summary>
    private double ModelledSeconds(ClientJourney journey)
    {
        var progress = Host.Services.GetRequiredService<JourneyProgress>();
        var read = new HashSet<string>();
        var pages = JourneyPages.For(journey, Content, together: true);
        var seconds = 0.0;
        foreach (var page in pages)
        {
            var work = progress.Work(page, journey, Language.Dutch, cards: true, read);
            var inputs = work.Inputs.Zip(page.Steps, (input, step) =>
                step.QuestionId is { } id && journey.Answers.AnswerTo(id) is { Kind: not AnswerKind.Answered } ? AnswerInput.Tap : input).ToList();
            seconds += AnsweringModel.Seconds(work with { Inputs = inputs });
        }

        var fresh = progress.WholeJourneySeconds(journey.Parts, Language.Dutch, cards: true);
        var freshPages = JourneyPages.Group(JourneySteps.Possible(new ClientJourney { Parts = journey.Parts }, Content), Content, together: true);
        var freshRead = new HashSet<string>();
        var freshQuestions = freshPages.Sum(page => AnsweringModel.Seconds(progress.Work(page, new ClientJourney { Parts = journey.Parts }, Language.Dutch, true, freshRead)));
        return seconds + (fresh - freshQuestions); // the code, consent and review as the model counts them
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^Vraag (?<number>\d+) van (?<total>\d+) · nog ongeveer (?<minutes>\d+) minu(ut|ten)$")]
    private static partial Regex ProgressLine();
}
