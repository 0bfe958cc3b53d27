using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ReIntegratie.Bot.Cards.Registrations;
using ReIntegratie.Domain.Appointments;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Summary;

namespace ReIntegratie.Bot.Cards.Summary;

/// <summary>
/// Builds the professional's summary card (Adaptive Card 1.5, full width in Teams) in the order of the
/// conversation structure (docs/method.md §4): the header, the client's own agenda, what matters,
/// the shared cards (answers behind a toggle), what was skipped or not shared, the open questions, and
/// the "own words, no assessment" footer. Before the client shares, only the status and progress.
/// Every text the client wrote is escaped; long texts are shortened so the card stays within
/// <see cref="MaxBytes"/>, the answers first.
/// </summary>
public sealed class SummaryCardBuilder(TextCatalog texts)
{
    /// <summary>The size a card must stay within: 28 KB of UTF-8 JSON, as serialized for the wire (non-ASCII escaped).</summary>
    public const int MaxBytes = 28 * 1024;

    /// <summary>The container with everything below the first screen, behind one "Alles tonen".</summary>
    public const string AllId = "summary-all";

    /// <summary>Registration lines shown at most; the rest is counted.</summary>
    public const int MaxRegistrationLines = 20;

    public JsonObject Build(SummaryCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        JsonObject? card = null;
        foreach (var limit in ClientTextLimit.Steps)
        {
            card = Compose(model, limit);
            if (SizeInBytes(card) <= MaxBytes)
            {
                return card;
            }
        }

        // Still too large with every client text left out: send the smallest form rather than nothing.
        return card!;
    }

    /// <summary>The client's shared OMA registrations on a card of their own (from "mijn afspraken").</summary>
    public JsonObject BuildRegistrations(string clientName, IReadOnlyList<OmaResult> results, Language language)
    {
        ArgumentNullException.ThrowIfNull(results);
        var t = new SummaryCardTexts(texts, language);
        var client = new ClientText(t);
        var body = new List<JsonNode?>
        {
            CardElements.Title(t.Format(SummaryCardTextKeys.RegistrationsHeading, ("client", client.Name(clientName, ClientNameRules.MaxLength))), size: "Large"),
        };
        var oma = new OmaResultPart(t, client);
        body.AddRange(results.SelectMany(result => oma.Render(result, ClientTextLimit.Steps[0])));
        return AdaptiveCard.Card(body, fullWidth: true);
    }

    /// <summary>The card's size as it goes over the wire: UTF-8 JSON with the default (escaping) encoder.</summary>
    public static int SizeInBytes(JsonNode card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return Encoding.UTF8.GetByteCount(card.ToJsonString());
    }

    private JsonObject Compose(SummaryCardModel model, ClientTextLimit limit)
    {
        var t = new SummaryCardTexts(texts, model.Language);
        var client = new ClientText(t);
        var body = new List<JsonNode?>(Header(model, t, client));
        var registrations = Registrations(model, t, client, limit);
        if (model.Summary is { } summary)
        {
            body.Add(CardElements.Note(summary.OwnWordsNote).With("spacing", "Small"));
            body.AddRange(new FirstScreenPart(t, summary, client).Render(limit));
            body.Add(CardElements.ActionSet(CardElements.ToggleVisibility(t.Text(SummaryCardTextKeys.ShowAll), AllId)).With("spacing", "Small"));
            var sections = new SectionPart(t, summary, client, limit);
            var all = new List<JsonNode?>();
            foreach (var section in summary.Sections)
            {
                if (section.Kind >= SummarySectionKind.SkippedOrNotShared && registrations is not null)
                {
                    all.Add(registrations);
                    registrations = null;
                }

                all.Add(sections.Render(section));
            }

            all.Add(registrations);
            body.Add(AdaptiveCard.Container(all, id: AllId, visible: false));
            body.Add(CardElements.Note(summary.Footer).With("separator", true).With("spacing", "Large"));
        }
        else
        {
            if (model.Status is not (AppointmentStatus.Cancelled or AppointmentStatus.DataDeleted))
            {
                body.Add(AdaptiveCard.TextBlock(t.Text(SummaryCardTextKeys.NotShared)));
            }

            body.Add(registrations);
        }

        body.Add(Actions(model, t).With("separator", true).With("spacing", "Large"));
        var card = AdaptiveCard.Card(body, fullWidth: true);
        card["refresh"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["title"] = t.Text(SummaryCardTextKeys.ActionRefresh),
                ["verb"] = SummaryCardActions.Refresh,
                ["data"] = Data(model),
            },
            ["userIds"] = new JsonArray(),
        };
        return card;
    }

    private static IEnumerable<JsonNode> Header(SummaryCardModel model, SummaryCardTexts t, ClientText client)
    {
        var name = client.Name(model.ClientName, ClientNameRules.MaxLength);
        yield return CardElements.Title(
            name.Length > 0 ? t.Format(SummaryCardTextKeys.Heading, ("client", name)) : t.Text(SummaryCardTextKeys.HeadingWithoutName),
            size: "Large");
        var facts = new List<(string, string)>
        {
            (t.Text(SummaryCardTextKeys.FactAppointment), DateText.Format(model.Start, model.Language)),
            (t.Text(SummaryCardTextKeys.FactStatus), t.Text(AppointmentTextKeys.Status(model.Status))),
        };
        if (model.Status is AppointmentStatus.InProgress or AppointmentStatus.Shared)
        {
            facts.Add((t.Text(SummaryCardTextKeys.FactProgress), model.Progress.Describe(t.Catalog, model.Language)));
        }

        yield return AdaptiveCard.FactSet(facts);
    }

    /// <summary>The shared registration results, or null when there are none: OMA registrations in full, the others as lines.</summary>
    private static JsonObject? Registrations(SummaryCardModel model, SummaryCardTexts t, ClientText client, ClientTextLimit limit)
    {
        var lines = model.RegistrationLines.Where(line => !string.IsNullOrWhiteSpace(line)).ToList();
        if (lines.Count == 0 && model.OmaResults.Count == 0)
        {
            return null;
        }

        var items = new List<JsonNode?> { CardElements.Title(t.Text(SummaryCardTextKeys.RegistrationsTitle)) };
        var oma = new OmaResultPart(t, client);
        foreach (var result in model.OmaResults)
        {
            items.AddRange(oma.Render(result, limit));
        }

        if (lines.Count > 0)
        {
            var shown = lines.Take(MaxRegistrationLines).Select(line => client.Render(line, limit.RegistrationChars)).ToList();
            items.Add(CardElements.Note(t.Text(SummaryCardTextKeys.RegistrationsNote)).With("spacing", "Medium"));
            items.Add(CardElements.Bullets(shown));
            if (lines.Count > shown.Count)
            {
                items.Add(CardElements.Note(t.Format(
                    SummaryCardTextKeys.RegistrationsMore, ("count", (lines.Count - shown.Count).ToString(CultureInfo.InvariantCulture)))));
            }
        }

        return CardElements.Section(items);
    }

    private static JsonObject Actions(SummaryCardModel model, SummaryCardTexts t)
    {
        var actions = new List<JsonNode?> { CardElements.Execute(t.Text(SummaryCardTextKeys.ActionRefresh), SummaryCardActions.Refresh, Data(model)) };
        if (model.Summary is null && model.Status is (AppointmentStatus.NotStarted or AppointmentStatus.InProgress))
        {
            actions.Add(Submit(t.Text(SummaryCardTextKeys.ActionResendInvitation), SummaryCardActions.ResendInvitation, model));
        }

        actions.Add(Submit(t.Text(SummaryCardTextKeys.ActionDeleteClientData), SummaryCardActions.DeleteClientData, model).With("style", "destructive"));
        return CardElements.ActionSet([.. actions]);
    }

    private static JsonObject Submit(string title, string action, SummaryCardModel model) =>
        AdaptiveCard.Submit(title, new JsonObject { ["action"] = action, ["appointmentId"] = model.AppointmentId }, withInputs: false);

    private static JsonObject Data(SummaryCardModel model) => new() { ["appointmentId"] = model.AppointmentId };
}
