using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Domain.Summary;

/// <summary>
/// What the professional sees: built by <see cref="PreparationSummaryBuilder"/> from the client's
/// answers, only from shared parts, in the order of the conversation structure
/// (docs/method.md §4). Plain data in one language; the card builder renders and escapes it.
/// Show it only once the client has shared; before that, show <see cref="PreparationProgress"/> alone.
/// </summary>
/// <param name="OwnWordsNote">"Alles hieronder is in de eigen woorden van de cliënt. Niets is gecontroleerd."</param>
/// <param name="Sections">Agenda first, then what matters, ..., the gaps, and the open questions; empty sections are left out.</param>
/// <param name="Footer">"Dit is de voorbereiding van de cliënt, geen beoordeling. Vraag door: het kan onvolledig zijn."</param>
public sealed record PreparationSummary(
    Language Language,
    PreparationProgress Progress,
    string ProgressText,
    string OwnWordsNote,
    IReadOnlyList<SummarySection> Sections,
    SummaryLabels Labels,
    string Footer)
{
    public SummarySection? Section(SummarySectionKind kind) => Sections.FirstOrDefault(section => section.Kind == kind);

    /// <summary>Every block of every section, in order.</summary>
    public IEnumerable<SummaryBlock> Blocks => Sections.SelectMany(section => section.Blocks);

    public IReadOnlyList<SummaryGap> Gaps => Blocks.OfType<GapsBlock>().SelectMany(block => block.Gaps).ToList();

    public IReadOnlyList<OpenQuestion> OpenQuestions => Blocks.OfType<OpenQuestionsBlock>().SelectMany(block => block.Questions).ToList();

    public CapabilityBlock? Capabilities => Blocks.OfType<CapabilityBlock>().FirstOrDefault();
}
