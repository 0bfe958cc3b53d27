namespace ReIntegratie.Bot.Dialogs.Engine;

/// <summary>One step of a waterfall: it prompts (and waits), moves on, or ends the dialog.</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext step, CancellationToken cancellationToken);
