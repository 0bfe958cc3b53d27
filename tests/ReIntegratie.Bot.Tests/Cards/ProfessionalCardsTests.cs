using System.Text.Json.Nodes;
using ReIntegratie.Bot.Cards.Professional;
using ReIntegratie.Domain.Appointments;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Bot.Tests.Cards;

/// <summary>The professional's list and forms follow the Teams rules the validator checks.</summary>
public sealed class ProfessionalCardsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AppointmentList_ShouldKeepEveryActionSetWithinFive_WhenAnAppointmentOffersEveryAction()
    {
        var appointment = Appointment.Create("a1", "aad-professional", "Mevrouw J.", Now.AddDays(7), PreparationParts.All, Language.Dutch, Now);

        var card = AppointmentListCard.Build(TextCatalog.Default, Language.Dutch, [(appointment, "Uitgenodigd")]);

        Assert.Empty(AdaptiveCardValidator.Errors(card));
        var sets = CardJson.Objects(card).Where(node => (string?)node["type"] == "ActionSet").ToList();
        Assert.All(sets, set => Assert.InRange(set["actions"]!.AsArray().Count, 1, 5));
        Assert.Equal(7, sets.Sum(set => set["actions"]!.AsArray().Count));
        Assert.Contains(CardJson.Submits(card), data => (string?)data["action"] == AppointmentListCard.OpenRegistrations);
    }

    [Fact]
    public void RegistrationForm_ShouldGiveEveryRequiredInputALabelAndAnErrorMessage_WhenBuilt()
    {
        var card = RegistrationForm.Build(TextCatalog.Default, Language.Dutch, "a1", "Mevrouw J.", new DateOnly(2026, 11, 23));

        Assert.Empty(AdaptiveCardValidator.Errors(card));
        Assert.All(
            CardJson.Objects(card).Where(node => node["isRequired"]?.GetValue<bool>() == true),
            input => Assert.False(string.IsNullOrWhiteSpace((string?)input["errorMessage"])));
    }
}
