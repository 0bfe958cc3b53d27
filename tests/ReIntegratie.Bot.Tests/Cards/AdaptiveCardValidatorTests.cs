using System.Text.Json.Nodes;

namespace ReIntegratie.Bot.Tests.Cards;

/// <summary>The validator the card tests rely on must catch what Teams would not render.</summary>
public sealed class AdaptiveCardValidatorTests
{
    [Fact]
    public void Validator_ShouldAcceptAPlainCard_WhenItFollowsTheRules()
    {
        var result = AdaptiveCardValidator.Validate(Card("1.5", """{ "type": "TextBlock", "text": "Hallo", "wrap": true }"""));

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Validator_ShouldReportAnError_WhenTheVersionIsAboveWhatTeamsRenders()
    {
        var errors = AdaptiveCardValidator.Errors(Card("1.6", """{ "type": "TextBlock", "text": "Hallo" }"""));

        Assert.Contains(errors, error => error.Contains("version 1.6 is above 1.5", StringComparison.Ordinal));
    }

    [Fact]
    public void Validator_ShouldReportErrors_WhenElementsOrActionsBreakTheRules()
    {
        var errors = AdaptiveCardValidator.Errors(Card(
            "1.5",
            """{ "type": "Carousel", "pages": [] }""",
            """{ "type": "TextBlock", "text": "Rood", "color": "Red" }""",
            """
            { "type": "ActionSet", "actions": [
              { "type": "Action.Execute", "title": "Vernieuwen", "verb": "refresh" },
              { "type": "Action.ToggleVisibility", "title": "Open", "targetElements": ["missing"] }
            ] }
            """));

        Assert.Contains(errors, error => error.Contains("\"Carousel\" is not in the 1.5 schema", StringComparison.Ordinal));
        Assert.Contains(errors, error => error.Contains("InvalidPropertyValue", StringComparison.Ordinal));
        Assert.Contains(errors, error => error.Contains("needs a fallback of Action.Submit", StringComparison.Ordinal));
        Assert.Contains(errors, error => error.Contains("targets \"missing\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Validator_ShouldWarn_WhenAPropertyIsUnknownToTheParser()
    {
        var result = AdaptiveCardValidator.Validate(Card("1.5", """{ "type": "TextBlock", "text": "Hallo", "wieght": "Bolder" }"""));

        Assert.Empty(result.Errors);
        Assert.Contains(result.Warnings, warning => warning.Contains("\"wieght\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Validator_ShouldReportAnError_WhenAnActionSetHasMoreThanFiveActions()
    {
        var submits = string.Join(",", Enumerable.Range(1, 6).Select(i => $$"""{ "type": "Action.Submit", "title": "Knop {{i}}" }"""));

        var errors = AdaptiveCardValidator.Errors(Card("1.5", $$"""{ "type": "ActionSet", "actions": [{{submits}}] }"""));

        Assert.Contains(errors, error => error.Contains("6 actions in one set", StringComparison.Ordinal));
    }

    [Fact]
    public void Validator_ShouldReportAnError_WhenARequiredInputHasNoErrorMessage()
    {
        var errors = AdaptiveCardValidator.Errors(Card("1.5", """{ "type": "Input.Number", "id": "days", "label": "Dagen", "isRequired": true }"""));

        Assert.Contains(errors, error => error.Contains("without an errorMessage", StringComparison.Ordinal));
    }

    [Fact]
    public void Validator_ShouldReportAnError_WhenAnInputHasNoLabel()
    {
        var errors = AdaptiveCardValidator.Errors(Card("1.5", """{ "type": "Input.Text", "id": "note" }"""));

        Assert.Contains(errors, error => error.Contains("without a label", StringComparison.Ordinal));
    }

    [Fact]
    public void Validator_ShouldAcceptASwitchNamedByItsTitleOnly_BecauseTheTitleIsItsLabel()
    {
        var errors = AdaptiveCardValidator.Errors(Card("1.5", """{ "type": "Input.Toggle", "id": "share", "title": "Delen met je arbeidsdeskundige", "wrap": true }"""));

        Assert.Empty(errors);
    }

    [Fact]
    public void Validator_ShouldReportAnError_WhenASwitchHasNeitherLabelNorTitle()
    {
        var errors = AdaptiveCardValidator.Errors(Card("1.5", """{ "type": "Input.Toggle", "id": "share" }"""));

        Assert.Contains(errors, error => error.Contains("without a label", StringComparison.Ordinal));
    }

    private static JsonObject Card(string version, params string[] body) =>
        JsonNode.Parse($$"""{ "type": "AdaptiveCard", "version": "{{version}}", "body": [{{string.Join(",", body)}}] }""")!.AsObject();
}
