using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using ReIntegratie.Bot.Cards.Professional;
using ReIntegratie.Bot.Cards.Registrations;
using ReIntegratie.Bot.Cards.Summary;
using ReIntegratie.Domain.Appointments;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Bot.Tests.Cards;

/// <summary>
/// docs/examples holds one example of each professional card, for the designer and the Teams card
/// previewer. The files are what the code builds: this test fails when they differ, and
/// <c>REINTEGRATIE_WRITE_EXAMPLES=1 dotnet test tests/ReIntegratie.Bot.Tests --filter CardExamplesTests</c>
/// writes them anew.
/// </summary>
public sealed class CardExamplesTests
{
    public const string WriteVariable = "REINTEGRATIE_WRITE_EXAMPLES";

    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private static readonly string[] ExampleNames =
    [
        "summary-card", "summary-card-in-progress", "summary-card-not-started", "summary-card-registration",
        "registrations-card", "appointment-list", "appointment-form", "registration-form", "confirm-delete",
    ];

    public static TheoryData<string> Names => new(ExampleNames);

    [Theory]
    [MemberData(nameof(Names))]
    public void Example_ShouldBeTheCardTheCodeBuilds_WhenCompared(string name)
    {
        var card = Build(name);
        var json = card.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
        var file = Path.Combine(RepositoryRoot.Path, "docs", "examples", name + ".json");

        if (Environment.GetEnvironmentVariable(WriteVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, json);
        }

        Assert.True(File.Exists(file), $"{file} is missing: run the tests with {WriteVariable}=1 to write it.");
        Assert.Equal(File.ReadAllText(file), json);
        Assert.Empty(AdaptiveCardValidator.Errors(card));
    }

    [Fact]
    public void ExampleFolder_ShouldHoldOnlyExamplesTheCodeBuilds_WhenListed()
    {
        var folder = RepositoryRoot.Combine("docs", "examples");
        var built = ExampleNames.Select(name => name + ".json").Order(StringComparer.Ordinal);

        var files = Directory.GetFiles(folder).Select(file => Path.GetFileName(file)).Order(StringComparer.Ordinal);

        Assert.Equal(built, files);
    }

    private static JsonObject Build(string name)
    {
        var texts = TextCatalog.Default;
        var builder = new SummaryCardBuilder(texts);
        var overview = new RegistrationOverview(texts, new FakeTimeProvider(OmaSeed.After));
        var appointment = Appointment.Create(SummaryCardSamples.AppointmentId, "aad-professional", SummaryCardSamples.ClientName, SummaryCardSamples.Start, PreparationParts.All, Language.Dutch, Now);
        return name switch
        {
            "summary-card" => builder.Build(SummaryCardSamples.Complete()),
            "summary-card-in-progress" => builder.Build(SummaryCardSamples.InProgress()),
            "summary-card-not-started" => builder.Build(SummaryCardSamples.NotStarted()),
            "summary-card-registration" => builder.Build(SummaryCardSamples.Complete() with { RegistrationLines = [], OmaResults = [overview.Result(OmaSeed.Build())] }),
            "registrations-card" => builder.BuildRegistrations(SummaryCardSamples.ClientName, [overview.Result(OmaSeed.Build())], Language.Dutch),
            "appointment-list" => AppointmentListCard.Build(texts, Language.Dutch, [(appointment, texts.Get(AppointmentTextKeys.Status(appointment.Status), Language.Dutch))]),
            "appointment-form" => AppointmentForm.Build(texts, Language.Dutch, "example-form"),
            "registration-form" => WithFixedFormId(RegistrationForm.Build(texts, Language.Dutch, SummaryCardSamples.AppointmentId, SummaryCardSamples.ClientName, new DateOnly(2026, 11, 23))),
            "confirm-delete" => ConfirmDeleteCard.Build(texts, Language.Dutch, SummaryCardSamples.AppointmentId, SummaryCardSamples.ClientName),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such example."),
        };
    }

    /// <summary>The form gets a fresh id per card; the example shows a fixed one.</summary>
    private static JsonObject WithFixedFormId(JsonObject card)
    {
        foreach (var action in card["actions"]!.AsArray())
        {
            action!["data"]!["formId"] = "example-form";
        }

        return card;
    }
}
