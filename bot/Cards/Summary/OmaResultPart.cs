using System.Globalization;
using System.Text.Json.Nodes;
using ReIntegratie.Bot.Cards.Registrations;
using ReIntegratie.Domain.Registrations;

namespace ReIntegratie.Bot.Cards.Summary;

/// <summary>
/// An OMA registration for the professional: what was registered and how much is still open, a weekday x
/// slot grid (Adaptive Card Table) with its legend, the candidate patterns written out in full as the
/// bot's counts to check with the client, and the client's notes in their own words.
/// </summary>
internal sealed class OmaResultPart(SummaryCardTexts texts, ClientText client)
{
    /// <summary>Client notes shown at most; the rest is counted.</summary>
    public const int MaxNotes = 12;

    public IEnumerable<JsonNode> Render(OmaResult result, ClientTextLimit limit)
    {
        var overview = result.Overview;
        yield return AdaptiveCard.TextBlock(
            texts.Format(SummaryCardTextKeys.OmaTitle, ("complaint", client.Render(overview.Complaint, ClientTextLimit.ValueName))), bold: true);
        yield return AdaptiveCard.FactSet(
        [
            (texts.Text(SummaryCardTextKeys.FactStatus), texts.Text(RegistrationTextKeys.Status(result.Status))),
            (texts.Text(SummaryCardTextKeys.OmaCompletionLabel), texts.Format(
                SummaryCardTextKeys.OmaCompletion,
                ("answered", Number(overview.Completion.Answered)),
                ("asked", Number(overview.Completion.Asked)),
                ("open", Number(overview.Completion.Asked - overview.Completion.Answered)))),
        ]);
        yield return Grid(overview);
        yield return CardElements.Note(texts.Text(SummaryCardTextKeys.OmaLegend));

        yield return AdaptiveCard.TextBlock(texts.Text(SummaryCardTextKeys.OmaPatternsTitle), bold: true).With("spacing", "Medium");
        yield return CardElements.Note(texts.Text(RegistrationTextKeys.PatternProfessionalNote));
        yield return overview.Candidates.Count == 0
            ? AdaptiveCard.TextBlock(texts.Text(SummaryCardTextKeys.OmaNoPatterns))
            : CardElements.Bullets(overview.Candidates.Select(Pattern));

        var notes = overview.Rows.SelectMany(row => row.Cells.Select(cell => (row, cell)))
            .Where(pair => pair.cell.Entry is { } entry && (!string.IsNullOrWhiteSpace(entry.WhatHappened) || !string.IsNullOrWhiteSpace(entry.ThoughtOrFeeling)))
            .ToList();
        if (notes.Count > 0)
        {
            yield return AdaptiveCard.TextBlock(texts.Text(SummaryCardTextKeys.OmaNotesTitle), bold: true).With("spacing", "Medium");
            yield return CardElements.Bullets(notes.Take(MaxNotes).Select(pair => Note(pair.row, pair.cell.Entry!, limit)));
            if (notes.Count > MaxNotes)
            {
                yield return CardElements.Note(texts.Format(SummaryCardTextKeys.RegistrationsMore, ("count", Number(notes.Count - MaxNotes))));
            }
        }
    }

    /// <summary>Rows Monday to Sunday, a column per slot; each cell "occurred/answered" on that weekday, bold where the domain found a candidate.</summary>
    private JsonObject Grid(OmaOverview overview)
    {
        var header = new List<JsonNode?> { Cell(texts.Text(SummaryCardTextKeys.OmaDay), bold: true) };
        header.AddRange(OmaSlots.All.Select(slot => Cell(texts.Text(RegistrationTextKeys.Slot(slot)), bold: true)));
        var rows = new JsonArray { Row(header) };
        foreach (var weekday in Enumerable.Range(1, 7).Select(day => (DayOfWeek)(day % 7)))
        {
            var days = overview.Rows.Where(row => row.Weekday == weekday).ToList();
            if (days.Count == 0)
            {
                continue;
            }

            var cells = new List<JsonNode?> { Cell(texts.Text(RegistrationTextKeys.Weekday(weekday)), bold: false) };
            foreach (var slot in OmaSlots.All)
            {
                var entries = days.Select(row => row[slot].Entry).OfType<OmaEntry>().ToList();
                var text = entries.Count == 0
                    ? texts.Text(SummaryCardTextKeys.OmaNotAnswered)
                    : Number(entries.Count(entry => entry.Occurred)) + "/" + Number(entries.Count);
                var highlighted = overview.Candidates.Any(candidate => candidate.Slot == slot && (candidate.Weekday is null || candidate.Weekday == weekday));
                cells.Add(Cell(text, highlighted));
            }

            rows.Add(Row(cells));
        }

        var columns = new JsonArray { new JsonObject { ["width"] = 3 } };
        foreach (var _ in OmaSlots.All)
        {
            columns.Add(new JsonObject { ["width"] = 2 });
        }

        return new JsonObject
        {
            ["type"] = "Table",
            ["columns"] = columns,
            ["rows"] = rows,
            ["firstRowAsHeader"] = true,
            ["showGridLines"] = true,
            ["gridStyle"] = "default",
            ["spacing"] = "Medium",
        };
    }

    private string Pattern(OmaPatternCandidate candidate)
    {
        var values = new List<(string, string)>
        {
            ("slot", texts.Text(RegistrationTextKeys.Slot(candidate.Slot))),
            ("count", Number(candidate.Occurrences)),
            ("days", Number(candidate.RegisteredDays)),
        };
        if (candidate.Weekday is { } weekday)
        {
            values.Add(("weekday", texts.Text(RegistrationTextKeys.Weekday(weekday))));
        }

        return texts.Format(candidate.IsEveryDay ? SummaryCardTextKeys.OmaPatternEveryDay : SummaryCardTextKeys.OmaPatternWeekday, [.. values]);
    }

    private string Note(OmaOverviewRow row, OmaEntry entry, ClientTextLimit limit)
    {
        var words = string.Join(" · ", new[] { entry.WhatHappened, entry.ThoughtOrFeeling }.Where(text => !string.IsNullOrWhiteSpace(text)));
        return texts.Format(
            SummaryCardTextKeys.OmaNote,
            ("weekday", texts.Text(RegistrationTextKeys.Weekday(row.Weekday))),
            ("date", row.Date.ToString("dd-MM", CultureInfo.InvariantCulture)),
            ("slot", texts.Text(RegistrationTextKeys.Slot(entry.Slot))),
            ("text", client.Render(words, limit.RegistrationChars)));
    }

    private static JsonObject Row(IEnumerable<JsonNode?> cells) => new() { ["type"] = "TableRow", ["cells"] = new JsonArray([.. cells]) };

    private static JsonObject Cell(string text, bool bold) =>
        new() { ["type"] = "TableCell", ["items"] = new JsonArray(AdaptiveCard.TextBlock(text, bold: bold)) };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
