using System.Globalization;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
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
public sealed class JourneyProgress(PreparationContent content, StepViews views) : IDisposable
{
    /// <summary>Words per answer line in the review, the client reads their answers back once.</summary>
    public const int ReviewWordsPerAnswer = 6;

    // The time left reads every page still to come (a few hundred microseconds per question card). It depends
    // only on the journey's shape (see ShapeKey), which many clients share, so it is remembered per shape.
    private readonly MemoryCache secondsLeftByShape = new(new MemoryCacheOptions { SizeLimit = 4096 });

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

        var seconds = secondsLeftByShape.GetOrCreate(ShapeKey(journey, pages, index, language, cards), entry =>
        {
            entry.Size = 1;
            var read = new HashSet<string>();
            return pages.Skip(index).Sum(page => AnsweringModel.Seconds(Work(page, journey, language, cards, read))) + ReviewSeconds(pages, language);
        });
        return new JourneyPosition(Math.Min(index + 1, pages.Count), pages.Count, seconds);
    }

    public void Dispose() => secondsLeftByShape.Dispose();

    /// <summary>
    /// Everything the pages' texts depend on: the language and channel, where the client is, the work
    /// situation and own value's name (both in question texts), and every page of the journey, which also
    /// fixes which question opens its card and which values the circles ask about.
    /// </summary>
    private string ShapeKey(ClientJourney journey, IReadOnlyList<JourneyPage> pages, int index, Language language, bool cards)
    {
        var key = new StringBuilder(1024)
            .Append(language).Append('|').Append(cards).Append('|').Append(index).Append('|')
            .Append(journey.Answers.WorkSituation(content)).Append('|').Append(journey.Answers.ExtraValue?.Name).Append('|');
        foreach (var page in pages)
        {
            key.AppendJoin('+', page.Steps.Select(step => step.Key)).Append(',');
        }

        return key.ToString();
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
