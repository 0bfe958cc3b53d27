using System.Reflection;

namespace ReIntegratie.Domain.Content;

/// <summary>Reads the JSON data files embedded in this assembly (Content/Data).</summary>
public static class EmbeddedContent
{
    private const string Prefix = "ReIntegratie.Content/";
    private static readonly Assembly Assembly = typeof(EmbeddedContent).Assembly;

    /// <summary>Names relative to Content/Data, with '/' separators, e.g. "texts/bot.json".</summary>
    public static IEnumerable<string> Names(string folder) =>
        Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix + folder, StringComparison.Ordinal))
            .Select(name => name[Prefix.Length..].Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public static Stream Open(string name) =>
        Assembly.GetManifestResourceStream(Prefix + name)
        ?? Assembly.GetManifestResourceStream(Prefix + name.Replace('/', '\\'))
        ?? throw new InvalidDataException($"Content file '{name}' is not embedded in {Assembly.GetName().Name}.");
}
