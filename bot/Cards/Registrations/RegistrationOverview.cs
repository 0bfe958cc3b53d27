using System.Globalization;
using System.Text;
using ReIntegratie.Bot.Cards;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Registrations;

namespace ReIntegratie.Bot.Cards.Registrations;

/// <summary>
/// What an assignment shows so far, as text: the client's "mijn registratie" overview and the one-line
/// version on the professional's summary card. Reads only; it neither stores nor schedules.
/// </summary>
public sealed class RegistrationOverview(TextCatalog texts, TimeProvider clock)
{
    /// <summary>"mijn registratie": the days x six slots grid with the completion rate and candidate patterns (as questions).</summary>
    public string Full(RegistrationAssignment assignment, Language language)
    {
        var text = new StringBuilder().Append("**").Append(Title(assignment, language)).Append("**\n");
        if (assignment.Type == RegistrationType.OmaRegistration)
        {
            var overview = OmaOverview.Build(assignment, clock.GetUtcNow());
            text.Append(texts.Format("registration.overview.title", language, new Dictionary<string, string> { ["complaint"] = CardText.Escape(overview.Complaint) })).Append('\n');
            text.Append(texts.Get(RegistrationTextKeys.OverviewSlots, language)).Append('\n');
            foreach (var row in overview.Rows)
            {
                var day = texts.Get(RegistrationTextKeys.Weekday(row.Weekday), language)[..2] + " " + row.Date.ToString("dd-MM", CultureInfo.InvariantCulture);
                text.Append("- ").Append(day).Append(": ").Append(DayParts(row, language)).Append('\n');
            }

            text.Append(texts.Get(RegistrationTextKeys.OverviewLegend, language)).Append('\n');
            text.Append(overview.Completion.Text(texts, language)).Append('\n');
            text.Append(overview.Candidates.Count == 0
                ? texts.Get("registration.pattern.none", language)
                : texts.Get("registration.pattern.intro", language) + "\n" + string.Join("\n", overview.Candidates.Select(c => "- " + c.Question(texts, language))));
        }
        else
        {
            text.Append(Counts(assignment, language)).Append('\n');
            foreach (var line in Details(assignment, language))
            {
                text.Append("- ").Append(CardText.Escape(line)).Append('\n');
            }
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>
    /// The lines for the summary card (the client shared this assignment): type, state, completion and
    /// candidate patterns (as questions, with counts); then the A/B/C list, or the worry notes.
    /// These lines hold the client's own words: the card escapes and shortens them.
    /// </summary>
    public IEnumerable<string> SummaryLines(RegistrationAssignment assignment, Language language)
    {
        var details = assignment.Type == RegistrationType.OmaRegistration ? OmaSummary(assignment, language) : Counts(assignment, language);
        yield return texts.Format("registrationChat.summaryLine", language, new Dictionary<string, string>
        {
            ["title"] = texts.Get(RegistrationTextKeys.TypeTitle(assignment.Type), language),
            ["status"] = texts.Get(RegistrationTextKeys.Status(assignment.Status), language),
            ["details"] = details,
        });
        foreach (var line in Details(assignment, language))
        {
            yield return line;
        }
    }

    /// <summary>An OMA registration as the professional's cards show it, as it stands now.</summary>
    public OmaResult Result(RegistrationAssignment assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        return new OmaResult(assignment.Status, OmaOverview.Build(assignment, clock.GetUtcNow()));
    }

    /// <summary>Problem inventory: one line per letter with its situations; worry time: the notes, oldest first.</summary>
    private IEnumerable<string> Details(RegistrationAssignment assignment, Language language)
    {
        if (assignment.Inventory is { } inventory)
        {
            foreach (var group in inventory.Stressors.Where(s => s.Category is not null).GroupBy(s => s.Category!.Value).OrderBy(g => g.Key))
            {
                yield return texts.Format("registrationChat.overview.category", language, new Dictionary<string, string>
                {
                    ["category"] = texts.Get(RegistrationTextKeys.Category(group.Key), language),
                    ["items"] = string.Join("; ", group.Select(s => s.Text)),
                });
            }
        }

        if (assignment.Worry is { } worry)
        {
            var notes = worry.Sessions.Where(s => !string.IsNullOrWhiteSpace(s.Notes)).Select(s => (s.Date, Text: s.Notes!))
                .Concat(worry.ExtraNotes.Select(n => (n.Date, n.Text)))
                .OrderBy(n => n.Date);
            foreach (var (date, text) in notes)
            {
                yield return texts.Format("registrationChat.overview.worryNote", language, new Dictionary<string, string>
                {
                    ["date"] = date.ToString("dd-MM", CultureInfo.InvariantCulture),
                    ["text"] = text,
                });
            }
        }
    }

    private string OmaSummary(RegistrationAssignment assignment, Language language)
    {
        var overview = OmaOverview.Build(assignment, clock.GetUtcNow());
        return overview.Completion.Text(texts, language) + " " + string.Join(" ", overview.Candidates.Select(c => c.Question(texts, language, withCounts: true)));
    }

    private string Title(RegistrationAssignment assignment, Language language) =>
        texts.Get(RegistrationTextKeys.TypeTitle(assignment.Type), language) + " (" + texts.Get(RegistrationTextKeys.Status(assignment.Status), language) + ")";

    /// <summary>Worry time: sessions taken of planned; problem inventory: stressors per category.</summary>
    private string Counts(RegistrationAssignment assignment, Language language)
    {
        if (assignment.Type == RegistrationType.WorryTime)
        {
            return texts.Format("registrationChat.overview.worry", language, new Dictionary<string, string>
            {
                ["done"] = Number(assignment.Worry!.SessionsTaken),
                ["days"] = Number(assignment.Worry.Sessions.Count),
            });
        }

        var stressors = assignment.Inventory!.Stressors;
        string Count(StressorCategory category) => Number(stressors.Count(s => s.Category == category));
        return texts.Format("registrationChat.overview.inventory", language, new Dictionary<string, string>
        {
            ["count"] = Number(stressors.Count),
            ["a"] = Count(StressorCategory.ActNow),
            ["b"] = Count(StressorCategory.Later),
            ["c"] = Count(StressorCategory.CannotInfluence),
        });
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>"ochtend X o, middag ? –, avond – –": each part of the day by name, its two halves in order.</summary>
    private string DayParts(OmaOverviewRow row, Language language) =>
        string.Join(", ", Enum.GetValues<DayPart>().Select(part =>
            texts.Get(RegistrationTextKeys.DayPartName(part), language) + " " +
            string.Join(" ", OmaSlots.Of(part).Select(slot => Cell(row[slot])))));

    private static string Cell(OmaCell cell) => cell.State switch
    {
        OmaCellState.Occurred => cell.IsLate ? "X*" : "X",
        OmaCellState.DidNotOccur => cell.IsLate ? "o*" : "o",
        OmaCellState.Unanswered => "?",
        _ => "–",
    };
}
