using System.Text.RegularExpressions;

namespace ReIntegratie.Domain.Content;

/// <summary>Small checks shared by the content loaders and the content tests; each adds a readable problem to a list.</summary>
internal static partial class ContentChecks
{
    /// <summary>B1: a sentence of a client's Dutch text has at most this many words (docs/readability.md).</summary>
    public const int MaxSentenceWords = 18;

    /// <summary>B1: a word of a client's Dutch text has at most this many letters, unless it is a name on <see cref="LongWordsAllowed"/>.</summary>
    public const int MaxWordLetters = 15;

    /// <summary>Names that are longer but that the client needs as they are: the professional's title, the official number, a method's name.</summary>
    public static IReadOnlySet<string> LongWordsAllowed { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "arbeidsdeskundige",
        "burgerservicenummer",
        "oplossingsinventarisatie",
    };

    /// <summary>
    /// Checks a client's Dutch text for B1 readability: every sentence (split at . ? ! : and line ends)
    /// at most <see cref="MaxSentenceWords"/> words, every word at most <see cref="MaxWordLetters"/>
    /// letters unless allowed. A {placeholder} counts as one word and is not checked for length.
    /// </summary>
    public static void Readable(List<string> problems, string dutch, string where)
    {
        foreach (var sentence in SentenceEnd().Split(dutch))
        {
            var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(word => word.Any(char.IsLetterOrDigit) || Placeholder().IsMatch(word));
            if (words > MaxSentenceWords)
            {
                problems.Add($"{where}: a sentence of {words} words (at most {MaxSentenceWords}): '{sentence.Trim()}'");
            }
        }

        foreach (Match word in Word().Matches(Placeholder().Replace(dutch, " ")))
        {
            if (word.Length > MaxWordLetters && !LongWordsAllowed.Contains(word.Value))
            {
                problems.Add($"{where}: the word '{word.Value}' has {word.Length} letters (at most {MaxWordLetters}).");
            }
        }
    }

    public static void Text(List<string> problems, LocalizedText? text, string where, bool required = true)
    {
        if (text is null)
        {
            if (required)
            {
                problems.Add($"{where}: text is missing.");
            }

            return;
        }

        if (string.IsNullOrWhiteSpace(text.Nl))
        {
            problems.Add($"{where}: Dutch text (nl) is empty.");
        }

        if (string.IsNullOrWhiteSpace(text.En))
        {
            problems.Add($"{where}: English text (en) is empty.");
        }
    }

    public static void Synonyms(List<string> problems, LocalizedSynonyms? synonyms, string where)
    {
        if (synonyms is null)
        {
            return;
        }

        if (synonyms.All.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add($"{where}: a synonym is empty.");
        }
    }

    public static void ScaleLabels(List<string> problems, IReadOnlyList<LocalizedText> labels, string where)
    {
        if (labels.Count != RatingScale.Max - RatingScale.Min + 1)
        {
            problems.Add($"{where}: needs {RatingScale.Max - RatingScale.Min + 1} scale labels, has {labels.Count}.");
        }

        for (var index = 0; index < labels.Count; index++)
        {
            Text(problems, labels[index], $"{where} scale label {index + RatingScale.Min}");
        }
    }

    public static void Id(List<string> problems, HashSet<string> seen, string? id, string where)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            problems.Add($"{where}: id is empty.");
        }
        else if (!seen.Add(id))
        {
            problems.Add($"{where}: id '{id}' is used more than once.");
        }
    }

    public static InvalidDataException Failure(string fileName, IReadOnlyList<string> problems) =>
        new($"{fileName} has problems:{Environment.NewLine}" + string.Join(Environment.NewLine, problems));

    [GeneratedRegex(@"(?<=[.?!:])\s+|\n")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\{[a-zA-Z]+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
