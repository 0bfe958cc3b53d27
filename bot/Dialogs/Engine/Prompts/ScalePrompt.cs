using ReIntegratie.Bot.Channel;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Dialogs.Engine.Prompts;

/// <summary>
/// A point from <see cref="PromptOptions.Min"/> to <see cref="PromptOptions.Max"/> (typed as a digit or
/// as a point's label from the choices), or "n.v.t." when <see cref="PromptOptions.AllowNotApplicable"/>.
/// </summary>
public sealed class ScalePrompt(string id, IReadOnlyList<string> notApplicableWords) : Prompt<ScaleAnswer>(id)
{
    public const string NotApplicableValue = "nvt";

    protected override PromptRecognizerResult<ScaleAnswer> Recognize(Activity activity, PromptOptions options)
    {
        var answer = TextMatching.Normalize(SubmittedAnswer(activity) ?? activity.Text);
        if (options.AllowNotApplicable &&
            (answer == NotApplicableValue || notApplicableWords.Any(w => TextMatching.Normalize(w) == answer)))
        {
            return PromptRecognizerResult<ScaleAnswer>.Of(ScaleAnswer.NotApplicableAnswer);
        }

        if (int.TryParse(answer, out var point) && point >= options.Min && point <= options.Max)
        {
            return PromptRecognizerResult<ScaleAnswer>.Of(ScaleAnswer.Point(point));
        }

        var labelled = options.Choices?.FirstOrDefault(c => TextMatching.Normalize(c.Title) == answer || c.Synonyms.Any(s => TextMatching.Normalize(s) == answer));
        if (labelled is not null && int.TryParse(labelled.Value, out var labelledPoint))
        {
            return PromptRecognizerResult<ScaleAnswer>.Of(ScaleAnswer.Point(labelledPoint));
        }

        return PromptRecognizerResult<ScaleAnswer>.Failed;
    }
}
