namespace ReIntegratie.Domain.Preparation;

/// <summary>What one screen of the journey asks of the client: the words to read and the answers to give.</summary>
public sealed record ScreenWork(int Words, IReadOnlyList<AnswerInput> Inputs)
{
    /// <summary>The number of words in the texts shown: whitespace-separated tokens with a letter or digit in them.</summary>
    public static int CountWords(IEnumerable<string?> texts) =>
        texts.Sum(text => text?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(token => token.Any(char.IsLetterOrDigit)) ?? 0);
}
