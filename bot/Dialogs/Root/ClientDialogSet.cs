using ReIntegratie.Bot.Dialogs.Engine;
using ReIntegratie.Bot.Dialogs.Engine.Prompts;
using ReIntegratie.Bot.Dialogs.Onboarding;
using ReIntegratie.Bot.Dialogs.Preparation;
using ReIntegratie.Bot.Dialogs.Review;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Dialogs.Root;

/// <summary>Every dialog and prompt of the client's journey, built once (dialogs keep no per-user state).</summary>
public sealed class ClientDialogSet
{
    public ClientDialogSet(
        PreparationContent content,
        AnswerWords answerWords,
        InvitationDialog invitation,
        ConsentDialog consent,
        PreparationDialog preparation,
        ReviewDialog review,
        ClientDataEraser eraser)
    {
        Preparation = preparation;
        var notApplicable = content.Capabilities.NotApplicable;
        Dialogs = new DialogSet()
            .Add(new ClientDialog())
            .Add(invitation)
            .Add(consent)
            .Add(preparation)
            .Add(review)
            .Add(new ConfirmationDialog(DialogIds.StartOver, "journey.startOver.confirm", "journey.startOver.kept", content.Texts, async (dc, ct) =>
            {
                dc.Journey().ForgetAnswers();
                await dc.Context.SendActivityAsync(content.Texts.Get("journey.startOver.done", dc.Language()), ct);
                await dc.CancelAllDialogsAsync();
                return await dc.BeginDialogAsync(DialogIds.Client, null, ct);
            }))
            .Add(new ConfirmationDialog(DialogIds.DeleteMyData, "journey.delete.confirm", "journey.delete.kept", content.Texts, async (dc, ct) =>
            {
                var language = dc.Language();
                await eraser.EraseAsync(dc.ConversationKey(), dc.State(), ct);
                await dc.Context.SendActivityAsync(content.Texts.Get("journey.delete.done", language), ct);
                return await dc.CancelAllDialogsAsync();
            }))
            .Add(new TextPrompt(DialogIds.TextPrompt))
            .Add(new ChoicePrompt(DialogIds.ChoicePrompt))
            .Add(new ConfirmPrompt(DialogIds.ConfirmPrompt, answerWords.Yes, answerWords.No))
            .Add(new ScalePrompt(DialogIds.ScalePrompt, [.. notApplicable.Synonyms.All, notApplicable.Label.Nl, notApplicable.Label.En]))
            .Add(new CardQuestionPrompt(content))
            .Add(new PagePrompt());
    }

    public DialogSet Dialogs { get; }

    public PreparationDialog Preparation { get; }
}
