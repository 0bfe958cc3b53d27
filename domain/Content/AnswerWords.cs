using System.Text.Json;

namespace ReIntegratie.Domain.Content;

/// <summary>The words that mean yes or no, in both languages (Content/Data/answers.json).</summary>
public sealed record AnswerWords(IReadOnlyList<string> Yes, IReadOnlyList<string> No)
{
    public static AnswerWords Default { get; } = LoadEmbedded();

    public static AnswerWords LoadEmbedded()
    {
        using var stream = EmbeddedContent.Open("answers.json");
        var raw = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string[]>>>(stream)
                  ?? throw new InvalidDataException("answers.json is empty.");
        return new AnswerWords(
            raw["yes"].Values.SelectMany(words => words).ToList(),
            raw["no"].Values.SelectMany(words => words).ToList());
    }
}
