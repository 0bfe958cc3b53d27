using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Domain.Content;

/// <summary>Everything the preparation journey reads: the card set, the capability list and the texts.</summary>
public sealed record PreparationContent
{
    private static readonly Lazy<PreparationContent> LazyDefault =
        new(() => new PreparationContent(CardSet.Default, CapabilityList.Default, TextCatalog.Default));

    public PreparationContent(CardSet cards, CapabilityList capabilities, TextCatalog texts)
    {
        Cards = cards ?? throw new ArgumentNullException(nameof(cards));
        Capabilities = capabilities ?? throw new ArgumentNullException(nameof(capabilities));
        Texts = texts ?? throw new ArgumentNullException(nameof(texts));
        var duplicates = AllIds().GroupBy(id => id, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => group.Key).ToList();
        if (duplicates.Count > 0)
        {
            throw new InvalidDataException("These ids are used more than once across the content: " + string.Join(", ", duplicates));
        }
    }

    /// <summary>The embedded card set, capability list and texts.</summary>
    public static PreparationContent Default => LazyDefault.Value;

    public CardSet Cards { get; }

    public CapabilityList Capabilities { get; }

    public TextCatalog Texts { get; }

    /// <summary>Every id of the content (cards, questions, values, the list, the eighth value): each is unique.</summary>
    public IEnumerable<string> AllIds() =>
        Cards.Cards.Select(card => card.Id)
            .Concat(Cards.Questions.Select(question => question.Id))
            .Append(Cards.OwnAgenda.Id)
            .Append(Capabilities.Id)
            .Concat(Capabilities.Values.Select(value => value.Id))
            .Append(Capabilities.ExtraValue.Id);

    /// <summary>
    /// What the client can choose to share, in the order of the journey: the cards (when sent), the
    /// capability list (when sent), and the own agenda.
    /// </summary>
    public IReadOnlyList<SharingPart> SharingParts(PreparationParts parts)
    {
        var result = new List<SharingPart>();
        if (parts.HasFlag(PreparationParts.CardSet))
        {
            result.AddRange(Cards.Cards.Select(card => new SharingPart(card.Id, card.Title)));
        }

        if (parts.HasFlag(PreparationParts.CapabilityList))
        {
            result.Add(new SharingPart(Capabilities.Id, Capabilities.Title));
        }

        result.Add(new SharingPart(Cards.OwnAgenda.Id, Cards.OwnAgenda.Topic));
        return result;
    }

    public bool IsSharingPart(string partId) =>
        partId == Capabilities.Id || partId == Cards.OwnAgenda.Id || Cards.FindCard(partId) is not null;
}
