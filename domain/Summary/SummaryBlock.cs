namespace ReIntegratie.Domain.Summary;

/// <summary>
/// One piece of a summary section. The renderer switches on the concrete type:
/// <see cref="OwnAgendaBlock"/>, <see cref="CardAnswersBlock"/>, <see cref="CapabilityBlock"/>,
/// <see cref="GapsBlock"/> or <see cref="OpenQuestionsBlock"/>.
/// </summary>
public abstract record SummaryBlock;
