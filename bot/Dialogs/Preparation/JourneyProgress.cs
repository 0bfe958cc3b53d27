using System.Globalization;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Bot.Dialogs.Preparation;

/// <summary>
/// Counts the journey for the client: which question of how many (every question that may still be
/// asked for the appointment's parts, so the total only goes down), and the minutes left by the
/// <see cref="AnsweringModel"/>: every page still to come, then the review and sharing. The same count
/// gives the invitation's minute figure.
/// </summary>
public sealed class JourneyProgress(PreparationContent content, StepViews views)
{
    /// <summary>Words per answer line in the review, the client reads their answers back once.</summary>
    public const int ReviewWordsPerAnswer = 6;

    private TextCatalog Texts => content.Texts;

    public JourneyPosition Position(ClientJourney journey, JourneyPage current, Language language, bool cards)
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(current);
        var pages = JourneyPages.Group(JourneySteps.Possible(journey, content), content, cards);
        var index = pages.ToList().FindIndex(page => page.Contains(current.Key));
        if (index < 0)
        {
            index = pages.Count(page => page.Steps.All(step => journey.VisitedSteps.Contains(step.Key)));
        }

        var read = new HashSet<string>();
        var seconds = pages.Skip(index).Sum(page => AnsweringModel.Seconds(Work(page, journey, language, cards, read))) + ReviewSeconds(pages, language);
        return new JourneyPosition(Math.Min(index + 1, pages.Count), pages.Count, AnsweringModel.Minutes(seconds));
    }

    /// <summary>The whole journey from typing the code to sharing, for an appointment with these parts.</summary>
    public double WholeJourneySeconds(PreparationParts parts, Language language, bool cards)
    {
        var journey = new ClientJourney { Parts = parts };
        var pages = JourneyPages.Group(JourneySteps.Possible(journey, content), content, cards);
        var read = new HashSet<string>();
        return AnsweringModel.Seconds(Onboarding(language)) +
            pages.Sum(page => AnsweringModel.Seconds(Work(page, journey, language, cards, read))) +
            ReviewSeconds(pages, language);
    }

    public int WholeJourneyMinutes(PreparationParts parts, Language language, bool cards) =>
        AnsweringModel.Minutes(WholeJourneySeconds(parts, language, cards));

    /// <summary>
    /// What one page asks: its header and intro, each question with the hint and options not
    /// <paramref name="alreadyRead"/> on an earlier page (added to it), and the answers.
    /// </summary>
    public ScreenWork Work(JourneyPage page, ClientJourney journey, Language language, bool cards, ISet<string> alreadyRead)
    {
        ArgumentNullException.ThrowIfNull(page);
        var stepViews = page.Steps.Select(step => views.Describe(step, journey, language, page.IsGroup)).ToList();
        var texts = new List<string?> { stepViews[0].Header, views.IntroOf(page, journey, language) };
        texts.AddRange(stepViews.SelectMany(view => view.QuestionTexts(alreadyRead)));
        var oneTap = cards && !page.IsGroup;
        return new ScreenWork(ScreenWork.CountWords(texts), stepViews.Select(view => view.Input(oneTap)).ToList());
    }

    /// <summary>The code and the explanation with consent, before the first question.</summary>
    private IReadOnlyList<ScreenWork> Onboarding(Language language) =>
    [
        new(ScreenWork.CountWords([Texts.Get("journey.code.ask", language)]), [AnswerInput.ShortText]),
        new(ScreenWork.CountWords([Texts.Get("journey.intro.framing", language), Texts.Get("journey.intro.whoSees", language), Texts.Get("journey.intro.policy", language), Texts.Get("journey.consent.question", language)]), [AnswerInput.Tap]),
    ];

    /// <summary>Reading the answers back (a short line per question) and sharing after the confirmation.</summary>
    private double ReviewSeconds(IReadOnlyList<JourneyPage> pages, Language language)
    {
        var answers = pages.Sum(page => page.Steps.Count);
        var review = new ScreenWork(ScreenWork.CountWords([Texts.Get("journey.review.intro", language)]) + answers * ReviewWordsPerAnswer, [AnswerInput.Tap]);
        var confirm = new ScreenWork(ScreenWork.CountWords([Texts.Get("journey.review.confirm", language)]), [AnswerInput.Tap]);
        return AnsweringModel.Seconds([review, confirm]);
    }

    /// <summary>"Vraag 12 van 31 · nog ongeveer 9 minuten".</summary>
    public string Describe(JourneyPosition position, Language language)
    {
        ArgumentNullException.ThrowIfNull(position);
        return Texts.Format(position.MinutesLeft == 1 ? "journey.progress.oneMinute" : "journey.progress", language, new Dictionary<string, string>
        {
            ["number"] = position.Number.ToString(CultureInfo.InvariantCulture),
            ["total"] = position.Total.ToString(CultureInfo.InvariantCulture),
            ["minutes"] = position.MinutesLeft.ToString(CultureInfo.InvariantCulture),
        });
    }
}
