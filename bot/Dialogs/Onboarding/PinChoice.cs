using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ReIntegratie.Bot.Cards;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Dialogs.Engine;
using ReIntegratie.Bot.Dialogs.Preparation;
using ReIntegratie.Domain.Appointments;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Dialogs.Onboarding;

/// <summary>
/// Right after consent the client is offered a PIN of 4 to 6 digits, to come back on another browser or
/// device with the invitation link. The offer does not stop the journey: on a card channel it is a card
/// of its own (input "pin", button data <c>{ "action": "choosePin" }</c>) that can be used at any moment;
/// on a text channel the client types "pincode 4821". Only the PIN's salted hash leaves the turn, as an
/// effect that stores it on the appointment.
/// </summary>
public static partial class PinChoice
{
    public const string Action = "choosePin";
    public const string InputId = "pin";

    /// <summary>What follows the consent: the card, or on a text channel how to type it.</summary>
    public static Activity Offer(TextCatalog texts, Language language, string? channelId)
    {
        var ask = texts.Get("resume.choosePin.ask", language);
        if (!ChannelCapabilities.SupportsAdaptiveCards(channelId))
        {
            return new Activity { Type = ActivityTypes.Message, Text = ask + " " + texts.Get("resume.choosePin.typed", language) };
        }

        var input = AdaptiveCard.TextInput(InputId, texts.Get("resume.choosePin.label", language), ResumePin.MaxLength, multiline: false);
        input["style"] = "password";
        // Not marked required: the PIN is optional, and an empty press is answered in words.
        input["regex"] = "^\\s*[0-9]{4,6}\\s*$";
        input["errorMessage"] = texts.Get("resume.pin.notAPin", language);
        return AdaptiveCard.Message(
            AdaptiveCard.Card([AdaptiveCard.TextBlock(ask), input], [AdaptiveCard.Submit(texts.Get("resume.choosePin.save", language), new JsonObject { ["action"] = Action })]),
            summary: ask);
    }

    /// <summary>A PIN the client submitted (card) or typed ("pincode 4821"); null when the activity is not one.</summary>
    public static string? Submitted(Activity activity)
    {
        if (activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("action", out var action) &&
            action.ValueKind == JsonValueKind.String && action.GetString() == Action)
        {
            return value.TryGetProperty(InputId, out var pin) && pin.ValueKind == JsonValueKind.String ? pin.GetString() ?? "" : "";
        }

        return activity.Text is { Length: < 40 } text && Typed().Match(text) is { Success: true } match ? match.Groups["pin"].Value : null;
    }

    /// <summary>Records the PIN's hash to be stored after the turn, and tells the client; a malformed PIN is explained.</summary>
    public static async Task ChooseAsync(DialogContext dc, TextCatalog texts, string typed, CancellationToken cancellationToken)
    {
        var journey = dc.Journey();
        if (!ResumePin.TryNormalize(typed, out var pin) || journey.AppointmentId is not { } appointmentId)
        {
            await dc.Context.SendActivityAsync(texts.Get("resume.choosePin.retry", dc.Language()), cancellationToken);
            return;
        }

        journey.HasPin = true;
        dc.State().PendingEffects.Add(new ConversationEffect(
            ConversationEffectKind.SetResumePin, appointmentId, dc.Context.Activity.Id ?? "", JsonSerializer.Serialize(ResumePin.Create(pin))));
        await dc.Context.SendActivityAsync(texts.Get("resume.choosePin.saved", dc.Language()), cancellationToken);
    }

    [GeneratedRegex(@"^\s*(pincode|pin)\s+(?<pin>\S+)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Typed();
}
