using System.Text.Json;

namespace ReIntegratie.Domain.Content;

/// <summary>
/// The global commands a client can type at any moment, with their words in both languages
/// (Content/Data/commands.json). Any language's word works whatever language the client chose.
/// </summary>
public sealed class CommandCatalog
{
    private readonly Dictionary<string, string> commandByPhrase;

    public CommandCatalog(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string[]>> commands)
    {
        Commands = commands;
        commandByPhrase = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (command, languages) in commands)
        {
            foreach (var phrase in languages.Values.SelectMany(p => p))
            {
                commandByPhrase.TryAdd(TextMatching.Normalize(phrase), command);
            }
        }
    }

    public static CommandCatalog Default { get; } = LoadEmbedded();

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string[]>> Commands { get; }

    /// <summary>The command the typed text is, or null. Only whole-message matches count.</summary>
    public string? Recognize(string? text) =>
        commandByPhrase.GetValueOrDefault(TextMatching.Normalize(text));

    public static CommandCatalog LoadEmbedded()
    {
        using var stream = EmbeddedContent.Open("commands.json");
        var raw = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string[]>>>(stream)
                  ?? throw new InvalidDataException("commands.json is empty.");
        return new CommandCatalog(raw.ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlyDictionary<string, string[]>)pair.Value));
    }
}
