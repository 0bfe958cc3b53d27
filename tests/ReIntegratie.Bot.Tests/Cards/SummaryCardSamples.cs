using System.Text;
using ReIntegratie.Bot.Cards.Summary;
using ReIntegratie.Domain.Appointments;
using ReIntegratie.Domain.Capabilities;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;
using ReIntegratie.Domain.Summary;

namespace ReIntegratie.Bot.Tests.Cards;

/// <summary>Summary card models for the tests: a complete sample, not started, in progress, and maximal ones.</summary>
internal static class SummaryCardSamples
{
    public const string AppointmentId = "afspraak-7f3a";
    public const string ClientName = "Sanne de Vries";

    /// <summary>Written on the card "Je omgeving", which the client does not share.</summary>
    public const string NotSharedSecret = "Mijn zus helpt met de schulden bij de Belastingdienst";

    public const string Agenda = "Ik wil weten of ik weer in de zorg kan werken. Misschien eerst minder uren.";

    /// <summary>1 December 2026, 10:00 in Amsterdam (winter time, UTC+1).</summary>
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public static readonly string[] Injections =
    [
        "[klik](https://evil.example)",
        "![x](https://evil.example/i.png)",
        "<at>Jan</at>",
        "**vet**",
    ];

    private static PreparationContent Content => PreparationContent.Default;

    /// <summary>
    /// A complete preparation: own agenda, the case-study discrepancies, an energielek, a capability,
    /// an eighth value, the circles, the "lost" pattern, a skipped question, one kept for the
    /// conversation, and the card "Je omgeving" not shared.
    /// </summary>
    public static PreparationBuilder CompleteAnswers() =>
        new PreparationBuilder()
            .Agenda(Agenda)
            .Choice("has-work", "yes")
            .Text("conversation-goal", "Samen een plan maken voor de komende maanden.")
            .ChoiceWithText("practical-needs", "Liefst in de ochtend.", "quiet-place", "breaks")
            .ChoiceWithText("stuck-pattern", "Ik wil wel, maar weet niet wat nog past.", "lost")
            .Rating("confidence", 2)
            .Text("confidence-help", "Een plek waar ik rustig kan beginnen.")
            .Text("skills-proud", "Ik kan goed met mensen omgaan. Ik ben trots op mijn jaren in de thuiszorg.")
            .Choice("work-gives", "contact", "meaning", "income")
            .Skip("energy")
            .Text("support-people", NotSharedSecret)
            .RatherTell("hard-at-work")
            .Text("small-step", "Een keer per week vrijwilligerswerk doen.")
            .Rest(question => question.Kind switch
            {
                QuestionKind.Scale => QuestionAnswer.Rating(4),
                QuestionKind.FreeText => QuestionAnswer.FreeText("Mijn eigen woorden bij deze vraag."),
                _ => QuestionAnswer.Choice(question.Options[0].Id),
            })
            .Value("create-value", 5, 4, 2)
            .Value("use-skills", 4, 4, 1)
            .Value("develop-skills", 5, 4, 1)
            .Value("involved-in-decisions", 3, 3, 3)
            .Value("meaningful-contacts", 5, 2, 5)
            .Value("own-goals", 4, 5, 4)
            .Value("good-income", 3, 1, 1)
            .ExtraValue("Rust in mijn hoofd", 3, 2)
            .Place("use-skills", Circle.GoingWell)
            .Place("own-goals", Circle.GoingWell)
            .Place("meaningful-contacts", Circle.CouldBeBetter)
            .Place("create-value", Circle.CouldBeBetter)
            .PlaceRest(Circle.Later)
            .NotShared("surroundings");

    public static SummaryCardModel Complete(Language language = Language.Dutch) =>
        Shared(CompleteAnswers(), language) with
        {
            RegistrationLines =
            [
                "Hoofdpijn: vooral op maandag en donderdag, 2e helft middag.",
                "Piekeren: 5 van de 7 dagen, meestal 's avonds.",
            ],
        };

    public static SummaryCardModel NotStarted() =>
        Model(AppointmentStatus.NotStarted, PreparationProgress.Of(new PreparationAnswers(), Content, PreparationParts.All), summary: null);

    /// <summary>Cards 1 to 3 done: busy with card 4 of 9.</summary>
    public static SummaryCardModel InProgress()
    {
        var builder = new PreparationBuilder().Agenda(Agenda);
        foreach (var card in Content.Cards.Cards.Take(3))
        {
            foreach (var question in card.Questions)
            {
                if (builder.Answers.IsAsked(question, Content) && builder.Answers.AnswerTo(question.Id) is null)
                {
                    builder.Answer(question.Id, PlainAnswer(question));
                }
            }
        }

        return Model(AppointmentStatus.InProgress, PreparationProgress.Of(builder.Answers, Content, PreparationParts.All), summary: null);
    }

    /// <summary>
    /// Every field at its longest, with the given text repeated to fill it, and a few weeks of
    /// registration results; with <paramref name="registrationLines"/> that many lines of 300 characters instead.
    /// </summary>
    public static SummaryCardModel Maximal(string filler, int? registrationLines = null)
    {
        var builder = new PreparationBuilder()
            .Agenda(Fill(filler, Content.Cards.OwnAgenda.MaxLength!.Value))
            .Choice("has-work", "yes")
            .Rating("confidence", 1)
            .Rest(question => question.Kind switch
            {
                QuestionKind.Scale => QuestionAnswer.Rating(1),
                QuestionKind.FreeText => QuestionAnswer.FreeText(Fill(filler, question.MaxLength!.Value)),
                _ => QuestionAnswer.ChoiceWithText(
                    question.Kind == QuestionKind.SingleChoice
                        ? [question.Options[0].Id]
                        : question.Options.Where(option => !option.Exclusive).Select(option => option.Id),
                    question.AllowsFreeText ? Fill(filler, question.MaxLength!.Value) : null),
            });
        foreach (var (value, index) in Content.Capabilities.Values.Select((value, index) => (value, index)))
        {
            builder.Value(value.Id, 5, 1 + (index % 5), 5 - (index % 5));
        }

        builder.ExtraValue(Fill(filler, Content.Capabilities.ExtraValue.NameMaxLength), 1, 5).PlaceRest(Circle.CouldBeBetter);
        var name = Fill("Anne-Marie van den Heuvel-Özdemir ", ClientNameRules.MaxLength);
        return Shared(builder, Language.Dutch) with
        {
            ClientName = name,
            RegistrationLines = registrationLines is int count
                ? Enumerable.Range(1, count).Select(_ => Fill(filler, 300)).ToList()
                : Enumerable.Range(1, 12).Select(week => $"Week {week}: hoofdpijn op maandag en donderdag, 2e helft middag en 1e helft avond.").ToList(),
        };
    }

    /// <summary>Ordinary Dutch with accents and a few markdown characters.</summary>
    public const string DutchFiller = "Ik wil graag (eerst) rust - daarna misschien werk in een café, 2 à 3 dagen per week. ";

    /// <summary>The worst case for size: every character is escaped, and non-ASCII is escaped again in JSON.</summary>
    public const string HostileFiller = "[*]é<_>";

    public static SummaryCardModel Shared(PreparationBuilder builder, Language language)
    {
        var summary = PreparationSummaryBuilder.Build(builder.Answers, Content, PreparationParts.All, language);
        return Model(AppointmentStatus.Shared, summary.Progress, summary) with { Language = language };
    }

    public static string Fill(string text, int length)
    {
        var builder = new StringBuilder(length + text.Length);
        while (builder.Length < length)
        {
            builder.Append(text);
        }

        var filled = builder.ToString(0, length);
        return char.IsWhiteSpace(filled[^1]) ? filled[..^1] + "x" : filled;
    }

    private static QuestionAnswer PlainAnswer(Question question) => question.Kind switch
    {
        QuestionKind.Scale => QuestionAnswer.Rating(4),
        QuestionKind.FreeText => QuestionAnswer.FreeText("Mijn eigen woorden."),
        _ => QuestionAnswer.Choice(question.Options[0].Id),
    };

    private static SummaryCardModel Model(AppointmentStatus status, PreparationProgress progress, PreparationSummary? summary) =>
        new(AppointmentId, ClientName, Start, status, Language.Dutch, progress, summary);
}
