using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Dialogs.Engine.Prompts;

/// <summary>
/// Finds the choices a typed answer means: by number ("2"), by value, by title or by synonym, ignoring
/// case, accents and surrounding punctuation. Several at once ("1, 3 en 4") when allowed.
/// </summary>
public static class ChoiceRecognizer
{
    private static readonly string[] Separators = [",", ";", " en ", " and ", "+", "/"];

    public static List<string>? Recognize(string? text, IReadOnlyList<Choice> choices, bool allowMultiple)
    {
        var normalized = TextMatching.Normalize(text);
        if (normalized.Length == 0)
        {
            return null;
        }

        if (FindOne(normalized, choices) is { } single)
        {
            return [single];
        }

        if (!allowMultiple)
        {
            return null;
        }

        var parts = normalized.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2 && normalized.Contains(' '))
        {
            parts = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }

        var found = new List<string>();
        foreach (var part in parts)
        {
            if (FindOne(TextMatching.Normalize(part), choices) is not { } value)
            {
                return null;
            }

            if (!found.Contains(value))
            {
                found.Add(value);
            }
        }

        return found.Count > 0 ? found : null;
    }

    private static string? FindOne(string normalized, IReadOnlyList<Choice> choices)
    {
        if (int.TryParse(normalized, out var number) && number >= 1 && number <= choices.Count)
        {
            return choices[number - 1].Value;
        }

        foreach (var choice in choices)
        {
            if (TextMatching.Normalize(choice.Value) == normalized ||
                TextMatching.Normalize(choice.Title) == normalized ||
                choice.Synonyms.Any(synonym => TextMatching.Normalize(synonym) == normalized))
            {
                return choice.Value;
            }
        }

        return null;
    }
}
