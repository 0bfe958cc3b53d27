using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Domain.Summary;

/// <summary>
/// Builds the professional's <see cref="PreparationSummary"/> from the client's answers: only the
/// parts that were sent and shared, everything labelled as the client's own words, nothing turned
/// into a conclusion. Skipped, "rather tell" and unanswered questions of shared cards and parts not
/// shared are listed plainly; open questions follow the guide (openers, one per discrepancy, one per
/// skipped topic).
/// </summary>
public static class PreparationSummaryBuilder
{
    public static PreparationSummary Build(
        PreparationAnswers answers, PreparationContent content, PreparationParts parts, Language language)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(content);
        return new Run(answers, content, parts, new SummaryWriter(content.Texts, language)).Summary();
    }

    private sealed class Run(PreparationAnswers answers, PreparationContent content, PreparationParts parts, SummaryWriter writer)
    {
        private readonly Dictionary<SummarySectionKind, List<SummaryBlock>> blocks = [];
        private readonly List<SummaryGap> cardGaps = [];
        private readonly List<SummaryGap> listGaps = [];
        private readonly List<SummaryGap> agendaGaps = [];
        private readonly List<OpenQuestion> discrepancyQuestions = [];
        private readonly List<OpenQuestion> skippedQuestions = [];

        public PreparationSummary Summary()
        {
            AddOwnAgenda();
            if (parts.HasFlag(PreparationParts.CapabilityList))
            {
                AddCapabilityList();
            }

            if (parts.HasFlag(PreparationParts.CardSet))
            {
                foreach (var card in content.Cards.Cards)
                {
                    AddCard(card);
                }
            }

            // Gaps in the order of the journey: cards, the list, the own agenda.
            List<SummaryGap> gaps = [.. cardGaps, .. listGaps, .. agendaGaps];
            if (gaps.Count > 0)
            {
                Add(SummarySectionKind.SkippedOrNotShared, new GapsBlock(gaps));
            }

            Add(SummarySectionKind.OpenQuestions, new OpenQuestionsBlock(
                [
                    new OpenQuestion(OpenQuestionKind.Opener, writer.Text(SummaryTextKeys.OpenHowWasIt)),
                    new OpenQuestion(OpenQuestionKind.Opener, writer.Text(SummaryTextKeys.OpenWhatStrikes)),
                    .. discrepancyQuestions,
                    .. skippedQuestions,
                ]));

            var progress = PreparationProgress.Of(answers, content, parts);
            var sections = Enum.GetValues<SummarySectionKind>()
                .Where(blocks.ContainsKey)
                .Select(kind => new SummarySection(
                    kind,
                    writer.Text(SummaryTextKeys.SectionTitle(kind)),
                    writer.OptionalText(SummaryTextKeys.SectionNote(kind)),
                    blocks[kind]))
                .ToList();
            return new PreparationSummary(
                writer.Language,
                progress,
                progress.Describe(writer.Texts, writer.Language),
                writer.Text(SummaryTextKeys.OwnWords),
                sections,
                new SummaryLabels(
                    writer.Text(SummaryTextKeys.LabelMethodTerm),
                    writer.Text(SummaryTextKeys.LabelApproach),
                    writer.Text(SummaryTextKeys.LabelExtraValue),
                    writer.Text(SummaryTextKeys.LabelCapabilities),
                    writer.Text(SummaryTextKeys.LabelDiscrepancies),
                    writer.Text(SummaryTextKeys.LabelCircles)),
                writer.Text(SummaryTextKeys.Footer));
        }

        private void AddOwnAgenda()
        {
            var question = content.Cards.OwnAgenda;
            if (!answers.IsShared(question.Id))
            {
                agendaGaps.Add(writer.NotShared(question.Topic));
            }
            else if (answers.OwnAgenda is { } agenda)
            {
                Add(SummarySectionKind.Agenda, new OwnAgendaBlock(writer.In(question.Topic), agenda));
            }
            else
            {
                // Offered at the end: left empty by a client who finished is skipped, otherwise not reached yet.
                var kind = PreparationProgress.Of(answers, content, parts).IsComplete ? GapKind.Skipped : GapKind.NotAnswered;
                agendaGaps.Add(new SummaryGap(kind, writer.Text(SummaryTextKeys.Gap(kind)), writer.In(question.Topic), null));
            }
        }

        private void AddCapabilityList()
        {
            if (!answers.IsShared(content.Capabilities.Id))
            {
                listGaps.Add(writer.NotShared(content.Capabilities.Title));
                return;
            }

            var (block, gaps, questions) = CapabilityBlockBuilder.Build(answers, content, writer);
            Add(SummarySectionKind.WhatMatters, block);
            listGaps.AddRange(gaps);
            discrepancyQuestions.AddRange(questions);
        }

        private void AddCard(Card card)
        {
            if (!answers.IsShared(card.Id))
            {
                cardGaps.Add(writer.NotShared(card.Title));
                return;
            }

            var answered = new List<SummaryAnswer>();
            foreach (var question in answers.AskedQuestions(card, content))
            {
                var answer = answers.AnswerTo(question.Id);
                switch (answer?.Kind)
                {
                    case AnswerKind.Answered:
                        answered.Add(Describe(question, answer));
                        break;
                    case AnswerKind.Skipped:
                        AddSkipped(card, question, GapKind.Skipped, SummaryTextKeys.OpenSkipped);
                        break;
                    case AnswerKind.RatherTellInConversation:
                        AddSkipped(card, question, GapKind.RatherTellInConversation, SummaryTextKeys.OpenRatherTell);
                        break;
                    default:
                        cardGaps.Add(writer.Gap(GapKind.NotAnswered, card.Title, question.Topic));
                        break;
                }
            }

            if (answered.Count > 0)
            {
                Add(card.SummarySection, new CardAnswersBlock(card.Id, card.Number, writer.In(card.Title), answered));
            }
        }

        private void AddSkipped(Card card, Question question, GapKind kind, string openQuestionKey)
        {
            cardGaps.Add(writer.Gap(kind, card.Title, question.Topic));
            skippedQuestions.Add(new OpenQuestion(
                OpenQuestionKind.SkippedTopic,
                writer.Format(openQuestionKey, ("topic", writer.In(question.Topic))),
                QuestionId: question.Id));
        }

        private SummaryAnswer Describe(Question question, QuestionAnswer answer)
        {
            var choices = answer.OptionIds
                .Select(question.FindOption)
                .OfType<AnswerOption>()
                .Select(option => new SummaryChoice(
                    option.Id, writer.In(option.Label), option.MethodTerm?.In(writer.Language), option.Approach?.In(writer.Language)))
                .ToList();
            SummaryScale? scale = null;
            if (answer.Scale is int value && question.ScaleLabel(value) is { } label)
            {
                var text = writer.Format(
                    SummaryTextKeys.ScaleOwnNumber,
                    ("value", SummaryWriter.Number(value)),
                    ("max", SummaryWriter.Number(RatingScale.Max)),
                    ("label", writer.In(label)));
                scale = new SummaryScale(value, RatingScale.Max, writer.In(label), text);
            }

            return new SummaryAnswer(question.Id, writer.In(question.Text), choices, answer.Text, scale);
        }

        private void Add(SummarySectionKind kind, SummaryBlock block)
        {
            if (!blocks.TryGetValue(kind, out var list))
            {
                blocks[kind] = list = [];
            }

            list.Add(block);
        }
    }
}
