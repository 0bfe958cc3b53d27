using ReIntegratie.Domain.Capabilities;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Domain.Content;

/// <summary>
/// The capability list (Lijst Werk Capabilities, docs/method.md §2), loaded from
/// Content/Data/capabilities.json: seven work values, three 1-5 questions per value (a importance,
/// b enablement, c realisation), "niet van toepassing" for b, the optional eighth value, and the
/// texts of the circle model.
/// </summary>
public sealed class CapabilityList
{
    public const string FileName = "capabilities.json";
    public const int ValueCount = 7;

    private static readonly Lazy<CapabilityList> LazyDefault = new(LoadEmbedded);

    private CapabilityList(File file)
    {
        Id = file.Id;
        Title = file.Title;
        Intro = file.Intro;
        Values = file.Values;
        Importance = file.Importance;
        Enablement = file.Enablement;
        Realisation = file.Realisation;
        NotApplicable = file.NotApplicable;
        ExtraValue = file.ExtraValue;
        Circles = file.Circles;
    }

    /// <summary>The list embedded in this assembly.</summary>
    public static CapabilityList Default => LazyDefault.Value;

    /// <summary>The list's id: also the id of its sharing choice (values, circles and the eighth value together).</summary>
    public string Id { get; }

    public LocalizedText Title { get; }

    public LocalizedText Intro { get; }

    /// <summary>The seven values in the order of the list.</summary>
    public IReadOnlyList<WorkValue> Values { get; }

    /// <summary>a: "Hoe belangrijk is het voor jou om ...?" (the value's <see cref="WorkValue.Phrase"/>).</summary>
    public CapabilityQuestion Importance { get; }

    /// <summary>b: "Geeft je werk je de kans om ...?"</summary>
    public CapabilityQuestion Enablement { get; }

    /// <summary>c: "Lukt het je om ...?"</summary>
    public CapabilityQuestion Realisation { get; }

    /// <summary>"Niet van toepassing": an answer to b for clients without work.</summary>
    public CommonAnswer NotApplicable { get; }

    public ExtraValueQuestions ExtraValue { get; }

    public CircleTexts Circles { get; }

    public WorkValue? FindValue(string valueId) => Values.FirstOrDefault(value => value.Id == valueId);

    /// <summary>"Niet van toepassing" is offered on b only to clients without work (or who did not say).</summary>
    public static bool IsNotApplicableAllowed(WorkSituation situation) => CapabilityQuestion.UsesWithoutWorkWording(situation);

    /// <summary>The name shown for a value id: one of the seven, or the extra value in the client's words.</summary>
    public string? NameOf(string valueId, ExtraValueAnswer? extraValue, Language language) =>
        valueId == ExtraValue.Id ? extraValue?.Name : FindValue(valueId)?.Name.In(language);

    /// <summary>The name the client reads for a value id: the plain name of one of the seven, or the extra value in their words.</summary>
    public string? ClientNameOf(string valueId, ExtraValueAnswer? extraValue, Language language) =>
        valueId == ExtraValue.Id ? extraValue?.Name : FindValue(valueId)?.PlainName.In(language);

    public static CapabilityList LoadEmbedded()
    {
        var file = ContentJson.Read<File>(FileName);
        var problems = Check(file);
        if (problems.Count > 0)
        {
            throw ContentChecks.Failure(FileName, problems);
        }

        return new CapabilityList(file);
    }

    private static List<string> Check(File file)
    {
        var problems = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        ContentChecks.Id(problems, ids, file.Id, "list");
        ContentChecks.Text(problems, file.Title, "title");
        ContentChecks.Text(problems, file.Intro, "intro");
        if (file.Values.Count != ValueCount)
        {
            problems.Add($"There are {file.Values.Count} values; the list has {ValueCount}.");
        }

        for (var index = 0; index < file.Values.Count; index++)
        {
            var value = file.Values[index];
            var where = $"value '{value.Id}'";
            ContentChecks.Id(problems, ids, value.Id, where);
            ContentChecks.Text(problems, value.Name, $"{where} name");
            ContentChecks.Text(problems, value.Description, $"{where} description");
            ContentChecks.Text(problems, value.PlainName, $"{where} plainName");
            ContentChecks.Text(problems, value.Phrase, $"{where} phrase");
            if (value.Number != index + 1)
            {
                problems.Add($"{where}: number {value.Number} where {index + 1} is expected.");
            }
        }

        ContentChecks.Id(problems, ids, file.ExtraValue.Id, "extraValue");
        CheckQuestion(problems, file.Importance, "importance");
        CheckQuestion(problems, file.Enablement, "enablement");
        CheckQuestion(problems, file.Realisation, "realisation");
        if (file.Enablement.TextWithoutWork is null || file.Realisation.TextWithoutWork is null)
        {
            problems.Add("enablement and realisation need a textWithoutWork (last or hoped-for work).");
        }

        ContentChecks.Text(problems, file.NotApplicable.Label, "notApplicable");
        ContentChecks.Synonyms(problems, file.NotApplicable.Synonyms, "notApplicable");
        ContentChecks.Text(problems, file.ExtraValue.Question, "extraValue question");
        ContentChecks.Text(problems, file.ExtraValue.NameQuestion, "extraValue nameQuestion");
        ContentChecks.Text(problems, file.ExtraValue.Phrase, "extraValue phrase");
        if (file.ExtraValue.Phrase is { } phrase && !(phrase.Nl.Contains(ExtraValueQuestions.NamePlaceholder, StringComparison.Ordinal) && phrase.En.Contains(ExtraValueQuestions.NamePlaceholder, StringComparison.Ordinal)))
        {
            problems.Add($"extraValue phrase: needs the {ExtraValueQuestions.NamePlaceholder} placeholder.");
        }
        if (file.ExtraValue.NameMaxLength <= 0)
        {
            problems.Add("extraValue: nameMaxLength must be above 0.");
        }

        ContentChecks.Text(problems, file.Circles.Intro, "circles intro");
        foreach (var circle in Enum.GetValues<Circle>())
        {
            ContentChecks.Text(problems, file.Circles.For(circle).Title, $"circle {circle} title");
            ContentChecks.Text(problems, file.Circles.For(circle).Description, $"circle {circle} description");
        }

        return problems;
    }

    private static void CheckQuestion(List<string> problems, CapabilityQuestion question, string where)
    {
        ContentChecks.Text(problems, question.Text, $"{where} text");
        ContentChecks.Text(problems, question.TextWithoutWork, $"{where} textWithoutWork", required: false);
        ContentChecks.Text(problems, question.Hint, $"{where} hint", required: false);
        ContentChecks.Text(problems, question.HintWithoutWork, $"{where} hintWithoutWork", required: false);
        ContentChecks.Text(problems, question.ShortText, $"{where} shortText", required: false);
        ContentChecks.Text(problems, question.ShortTextWithoutWork, $"{where} shortTextWithoutWork", required: false);
        ContentChecks.ScaleLabels(problems, question.ScaleLabels, where);
        foreach (var text in new[] { question.Text, question.TextWithoutWork }.OfType<LocalizedText>())
        {
            if (!text.Nl.Contains(CapabilityQuestion.ValuePlaceholder, StringComparison.Ordinal) ||
                !text.En.Contains(CapabilityQuestion.ValuePlaceholder, StringComparison.Ordinal))
            {
                problems.Add($"{where}: every text needs the {CapabilityQuestion.ValuePlaceholder} placeholder.");
            }
        }
    }

    private sealed record File
    {
        public required string Id { get; init; }

        public required LocalizedText Title { get; init; }

        public required LocalizedText Intro { get; init; }

        public required IReadOnlyList<WorkValue> Values { get; init; }

        public required CapabilityQuestion Importance { get; init; }

        public required CapabilityQuestion Enablement { get; init; }

        public required CapabilityQuestion Realisation { get; init; }

        public required CommonAnswer NotApplicable { get; init; }

        public required ExtraValueQuestions ExtraValue { get; init; }

        public required CircleTexts Circles { get; init; }
    }
}
