using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Preparation;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Appointments;
using ReIntegratie.Domain.Capabilities;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;
using ReIntegratie.Domain.Summary;

namespace ReIntegratie.Bot.Tests.EndToEnd;

/// <summary>Whole client conversations through the real HTTP endpoint, with replies caught by a loopback Connector.</summary>
public sealed class ClientJourneyTests : HostedBotTest
{
    private static readonly PreparationContent Content = PreparationContent.Default;

    [Fact]
    public async Task FullJourneyInDutch_ShouldEndWithExactlyTheAnswersShared_WhenTheClientClicksThroughTheCards()
    {
        var code = await ClientChat.NewAppointmentAsync(Host);
        var appointmentId = Host.LastAppointmentId!;
        var chat = new ClientChat(Host, Connector);

        var greeting = await chat.SendAsync(a => a.MembersAdded = [new() { Id = "user-1" }], "conversationUpdate");
        Assert.Equal([BotTexts.Nl("bot.welcome"), BotTexts.Nl("journey.code.ask")], greeting.Select(a => a.Text));
        await chat.SayAsync(code.ToLowerInvariant().Replace("-", " "));
        var driver = new JourneyDriver(chat, BotTexts.Nl("journey.review.shared"));
        await driver.ShareAsync();

        var store = Host.Services.GetRequiredService<AppointmentStore>();
        Assert.Equal(AppointmentStatus.Shared, (await store.ReadAppointmentAsync(appointmentId, default))!.Value.Status);
        var shared = (await Host.Services.GetRequiredService<PreparationStore>().ReadAsync(appointmentId, default))!.Value;
        var journey = (await ConversationDocument(chat)).Client!;
        Assert.Equal(
            JsonSerializer.Serialize(journey.Answers.SharedOnly(Content, PreparationParts.CardSet | PreparationParts.CapabilityList), StorageJson.Options),
            JsonSerializer.Serialize(shared, StorageJson.Options));
        Assert.All(journey.Answers.AskedQuestions(Content.Cards.Cards[0], Content), q => Assert.True(shared.AnswerTo(q.Id)!.IsAnswered));
        Assert.Equal(7, shared.Capabilities.Count);
        Assert.All(shared.Capabilities.Values, answer => Assert.Equal((4, 4, 4), (answer.Importance, answer.Enablement, answer.Realisation)));
        Assert.Equal(JourneyDriver.FreeText, shared.OwnAgenda);
        Assert.Equal(7, CapabilityScoring.Profile(Content.Capabilities, shared.Capabilities, shared.ExtraValue).CapabilityCount);
        Assert.Equal(SummarySectionKind.Agenda, PreparationSummaryBuilder.Build(shared, Content, PreparationParts.All, Language.Dutch).Sections[0].Kind);
        Assert.InRange(driver.Turns, 30, 80);
        Assert.Contains(chat.Transcript, a => a.Attachments is { Count: > 0 } && ClientChat.CardOf(a)!["version"]!.GetValue<string>() == "1.5");
    }

    [Fact]
    public async Task FullJourneyInEnglish_ShouldWorkWithTypedAnswersOnATextChannel()
    {
        var code = await ClientChat.NewAppointmentAsync(Host, language: Language.English);
        var chat = new ClientChat(Host, Connector, channelId: "sms", locale: "en-US");

        var ask = await chat.SayAsync("hello");
        Assert.Equal(BotTexts.En("journey.code.ask"), Assert.Single(ask).Text);
        await chat.SayAsync(code);
        await new JourneyDriver(chat, BotTexts.En("journey.review.shared")).ShareAsync();

        Assert.DoesNotContain(chat.Transcript, a => a.Attachments is { Count: > 0 });
        Assert.Contains(chat.Transcript, a => a.Text?.Contains(Content.Cards.Cards[0].Title.En, StringComparison.Ordinal) == true);
        Assert.Equal(AppointmentStatus.Shared, (await Host.Services.GetRequiredService<AppointmentStore>().ReadAppointmentAsync(Host.LastAppointmentId!, default))!.Value.Status);
    }

    [Fact]
    public async Task PausedConversation_ShouldResumeAtTheSameQuestion_AfterAHostRestart()
    {
        var storage = Path.Combine(Path.GetTempPath(), "reintegratie-tests", Guid.NewGuid().ToString("N"));
        string questionBeforePause;
        await using (var first = new BotHost(new Dictionary<string, string?> { ["Storage:Path"] = storage }))
        {
            var code = await ClientChat.NewAppointmentAsync(first);
            var chat = new ClientChat(first, Connector, channelId: "sms");
            await chat.SayAsync(code);
            await chat.SayAsync("ja");          // consent
            await chat.SayAsync("1");           // has work
            questionBeforePause = chat.LastReply!.Text!;
            var pause = await chat.SayAsync("later verder");
            Assert.Equal(BotTexts.Nl("journey.pause"), Assert.Single(pause).Text);
        }

        await using (var second = new BotHost(new Dictionary<string, string?> { ["Storage:Path"] = storage }))
        {
            var chat = new ClientChat(second, Connector, channelId: "sms");
            chat.NewReplies();
            var back = await chat.SayAsync("hoi, ik ben er weer");
            Assert.True(back.Count == 2, string.Join(" || ", back.Select(a => a.Text)));

            // One count only, the question's own progress line: not also "kaart 1 van 9" in the welcome.
            Assert.Equal(BotTexts.Nl("journey.welcomeBack"), back[0].Text);
            Assert.Equal(questionBeforePause, back[1].Text);
            Assert.Contains("Vraag ", back[1].Text, StringComparison.Ordinal);
        }

        Directory.Delete(storage, recursive: true);
    }

    [Fact]
    public async Task BackSkipAndStartOver_ShouldMoveThroughTheQuestionsAsTheClientAsks()
    {
        var chat = await StartedChatAsync();
        var first = chat.LastReply!.Text!;
        await chat.SayAsync("2");                     // "Deels"
        var second = chat.LastReply!.Text!;

        // The minutes left may change with an answer (it decides which questions come); the question is the same.
        Assert.Equal(WithoutProgress(first), WithoutProgress((await chat.SayAsync("terug")).Single().Text!));
        Assert.Equal(WithoutProgress(second), WithoutProgress((await chat.SayAsync("1")).Single().Text!));
        var third = (await chat.SayAsync("overslaan")).Single().Text;
        Assert.NotEqual(second, third);
        Assert.Equal(AnswerKind.Skipped, (await ConversationDocument(chat)).Client!.Answers.AnswerTo(Content.Cards.Cards[0].Questions[1].Id)!.Kind);

        var confirm = await chat.SayAsync("opnieuw beginnen");
        Assert.StartsWith(BotTexts.Nl("journey.startOver.confirm"), confirm.Single().Text);
        var restarted = await chat.SayAsync("ja");
        Assert.Equal(BotTexts.Nl("journey.startOver.done"), restarted[0].Text);
        Assert.Equal(WithoutProgress(first), WithoutProgress(restarted[^1].Text!));
        Assert.Empty((await ConversationDocument(chat)).Client!.Answers.Questions);
    }

    [Fact]
    public async Task StartOver_ShouldKeepTheAnswers_WhenTheClientSaysNo()
    {
        var chat = await StartedChatAsync();
        await chat.SayAsync("1");
        var current = chat.LastReply!.Text!;

        await chat.SayAsync("start over");
        var kept = await chat.SayAsync("nee");

        Assert.Equal([BotTexts.Nl("journey.startOver.kept"), current], kept.Select(a => a.Text));
        Assert.Single((await ConversationDocument(chat)).Client!.Answers.Questions);
    }

    [Fact]
    public async Task InvalidScaleAnswer_ShouldBeAskedAgain_AndAValidOneAccepted()
    {
        var chat = await StartedChatAsync(PreparationParts.CapabilityList);
        Assert.Contains(Content.Capabilities.Values[0].PlainName.Nl, chat.LastReply!.Text);

        var retry = await chat.SayAsync("9");
        Assert.StartsWith(BotTexts.Nl("journey.retry.scale"), Assert.Single(retry).Text);
        await chat.SayAsync("4");

        Assert.Equal(4, (await ConversationDocument(chat)).Client!.Answers.Capabilities[Content.Capabilities.Values[0].Id].Importance);
    }

    [Fact]
    public async Task TypedCommands_ShouldWorkInEnglishToo_WhileTheClientChoseDutch()
    {
        var chat = await StartedChatAsync();

        var help = await chat.SayAsync("HELP");
        var overview = await chat.SayAsync("what did I fill in?");

        Assert.Equal(BotTexts.Nl("journey.help"), help[0].Text);
        Assert.StartsWith(BotTexts.Nl("journey.answers.header"), overview[0].Text);
    }

    [Fact]
    public async Task LanguageCommand_ShouldSwitchAndAskTheSameQuestionInTheOtherLanguage()
    {
        var chat = await StartedChatAsync();

        var switched = await chat.SayAsync("english");

        Assert.Equal(BotTexts.En("journey.language.switched"), switched[0].Text);
        Assert.Contains(Content.Cards.Cards[0].Questions[0].Text.En, switched[1].Text);
    }

    [Fact]
    public async Task WrongCode_ShouldGetAFriendlyMessage_AndCountTowardsTheLimit()
    {
        await ClientChat.NewAppointmentAsync(Host);
        var chat = new ClientChat(Host, Connector, channelId: "sms");
        await chat.SayAsync("hallo");

        for (var i = 0; i < 5; i++)
        {
            var reply = await chat.SayAsync("K7QP-M2XD-9RTA");
            Assert.Equal(BotTexts.Nl("invitation.outcome.wrongCode"), Assert.Single(reply).Text);
        }

        var refused = await chat.SayAsync("K7QP-M2XD-9RTB");
        Assert.Equal(BotTexts.Nl("invitation.tooManyAttempts").Replace("{minutes}", "15"), Assert.Single(refused).Text);
    }

    [Fact]
    public async Task RateLimitedConversation_ShouldBeRefusedEvenWithTheRightCode_UntilTheWindowPassed()
    {
        var code = await ClientChat.NewAppointmentAsync(Host);
        var chat = new ClientChat(Host, Connector, channelId: "sms");
        await chat.SayAsync("hallo");
        for (var i = 0; i < 5; i++)
        {
            await chat.SayAsync("K7QP-M2XD-9RTA");
        }

        var refused = await chat.SayAsync(code);

        Assert.StartsWith(BotTexts.Nl("invitation.tooManyAttempts").Split('{')[0], Assert.Single(refused).Text);
        Assert.Null((await ConversationDocument(chat)).Client!.AppointmentId);
    }

    [Fact]
    public async Task CodeUsedByAnotherConversation_ShouldBeRefused()
    {
        var code = await ClientChat.NewAppointmentAsync(Host);
        await new ClientChat(Host, Connector, "first", "sms").SayAsync(code);
        var second = new ClientChat(Host, Connector, "second", "sms");

        var reply = await second.SayAsync(code);

        Assert.Equal(BotTexts.Nl("invitation.outcome.usedByAnotherConversation"), Assert.Single(reply).Text);
    }

    [Fact]
    public async Task ExpiredCode_ShouldBeRefused()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
        await using var host = new BotHost(configureServices: services => services.AddSingleton<TimeProvider>(clock));
        var code = await ClientChat.NewAppointmentAsync(host, codeLifetime: TimeSpan.FromDays(14));
        clock.Advance(TimeSpan.FromDays(14) + TimeSpan.FromSeconds(1));
        var chat = new ClientChat(host, Connector, channelId: "sms");

        var reply = await chat.SayAsync(code);

        Assert.Equal(BotTexts.Nl("invitation.outcome.expired"), Assert.Single(reply).Text);
    }

    [Fact]
    public async Task RefusedConsent_ShouldStoreNothingButTheRefusal_AndSayHowToReachTheProfessional()
    {
        var code = await ClientChat.NewAppointmentAsync(Host);
        var chat = new ClientChat(Host, Connector, channelId: "sms");
        await chat.SayAsync(code);

        var reply = await chat.SayAsync("nee");

        Assert.Equal(BotTexts.Nl("journey.consent.refused"), Assert.Single(reply).Text);
        var journey = (await ConversationDocument(chat)).Client!;
        Assert.Equal(ConsentStatus.Refused, journey.Consent);
        Assert.Empty(journey.Answers.Questions);
        Assert.Equal(AppointmentStatus.NotStarted, (await Host.Services.GetRequiredService<AppointmentStore>().ReadAppointmentAsync(Host.LastAppointmentId!, default))!.Value.Status);
    }

    [Fact]
    public async Task TwoMessagesAtOnce_ShouldBothBeProcessed_WithoutLosingTheAnswer()
    {
        var chat = await StartedChatAsync();

        await Task.WhenAll(chat.SayAsync("1"), chat.SayAsync("wat heb ik ingevuld"));

        var journey = (await ConversationDocument(chat)).Client!;
        Assert.Equal(["yes"], journey.Answers.AnswerTo(Content.Cards.Cards[0].Questions[0].Id)!.OptionIds);
    }

    [Fact]
    public async Task DeleteMyData_ShouldRemoveAnswersAndConversation_AndMarkTheAppointment()
    {
        var chat = await StartedChatAsync();
        await chat.SayAsync("1");
        var appointmentId = Host.LastAppointmentId!;

        await chat.SayAsync("verwijder mijn gegevens");
        var done = await chat.SayAsync("ja");

        Assert.Equal(BotTexts.Nl("journey.delete.done"), Assert.Single(done).Text);
        Assert.Null(await Host.Services.GetRequiredService<ConversationStateStore>().LoadAsync(ConversationStateStore.Key("sms", chat.ConversationId), default));
        var store = Host.Services.GetRequiredService<IDocumentStore>();
        await foreach (var key in store.ListAsync(AppointmentStore.ClientPrefix(appointmentId), default))
        {
            Assert.Fail($"left behind: {key}");
        }

        Assert.Equal(AppointmentStatus.DataDeleted, (await Host.Services.GetRequiredService<AppointmentStore>().ReadAppointmentAsync(appointmentId, default))!.Value.Status);
    }

    [Fact]
    public async Task SkippedValues_ShouldCountAsDoneAndBeListedAsSkipped_WhenTheClientSkipsEveryRating()
    {
        var chat = await StartedChatAsync(PreparationParts.CapabilityList);

        for (var turn = 0; turn < 30 && (await ConversationDocument(chat)).Client!.CurrentStep is ['a' or 'b' or 'c', ':', ..]; turn++)
        {
            await chat.SayAsync("overslaan");
        }

        var answers = (await ConversationDocument(chat)).Client!.Answers;
        Assert.Equal(7, answers.Capabilities.Count);
        Assert.All(answers.Capabilities.Values, answer => Assert.Equal((null, null, null), (answer.Importance, answer.Enablement, answer.Realisation)));
        var progress = PreparationProgress.Of(answers, Content, PreparationParts.CapabilityList);
        Assert.True(progress.CapabilityListDone);
        Assert.NotEqual(BotTexts.Nl("preparation.progress.values").Replace("{done}", "0").Replace("{total}", "7"), progress.Describe(Content.Texts, Language.Dutch));
        var gaps = PreparationSummaryBuilder.Build(answers, Content, PreparationParts.CapabilityList, Language.Dutch).Gaps;
        Assert.Equal(21, gaps.Count(gap => gap.Kind == GapKind.Skipped && gap.Part == Content.Capabilities.Title.Nl));
    }

    [Fact]
    public async Task TypedBsn_ShouldBeExplainedOnce_WhenTheClientTypesOneInAnAnswer()
    {
        var chat = await StartedChatAsync();
        await chat.SayAsync("2");

        var first = await chat.SayAsync("Mijn BSN is 123456782");
        await chat.SayAsync("terug");
        var second = await chat.SayAsync("Nog eens: 123 456 782");

        Assert.Equal(BotTexts.Nl("journey.bsn.notice"), first[0].Text);
        Assert.DoesNotContain(second, reply => reply.Text == BotTexts.Nl("journey.bsn.notice"));
    }

    private static string WithoutProgress(string question) =>
        string.Join("\n", question.Split('\n').Where(line => !line.StartsWith("_Vraag ", StringComparison.Ordinal)));

    private async Task<ClientChat> StartedChatAsync(PreparationParts parts = PreparationParts.CardSet | PreparationParts.CapabilityList)
    {
        var code = await ClientChat.NewAppointmentAsync(Host, parts);
        var chat = new ClientChat(Host, Connector, "client-" + Guid.NewGuid().ToString("N")[..8], "sms");
        await chat.SayAsync(code);
        await chat.SayAsync("ja");
        return chat;
    }

    private async Task<ConversationState> ConversationDocument(ClientChat chat) =>
        (await Host.Services.GetRequiredService<ConversationStateStore>().LoadAsync(ConversationStateStore.Key(chat.LastReply?.ChannelId ?? "sms", chat.ConversationId), default))!.Value;
}
