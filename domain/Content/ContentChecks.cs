namespace ReIntegratie.Domain.Content;

/// <summary>Small checks shared by the content loaders; each adds a readable problem to a list.</summary>
internal static class ContentChecks
{
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
}
