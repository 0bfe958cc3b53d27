namespace ReIntegratie.Bot.Dialogs.Preparation;

public enum StepKind
{
    CardQuestion,
    Importance,
    Enablement,
    Realisation,
    ExtraValueAsk,
    ExtraValueName,
    ExtraValueEnablement,
    ExtraValueRealisation,
    Circle,
    OwnAgenda,
}
