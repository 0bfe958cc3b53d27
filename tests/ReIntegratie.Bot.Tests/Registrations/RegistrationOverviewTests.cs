using Microsoft.Extensions.Time.Testing;
using ReIntegratie.Bot.Cards.Registrations;
using ReIntegratie.Bot.Registrations;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Registrations;

namespace ReIntegratie.Bot.Tests.Registrations;

public sealed class RegistrationOverviewTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private readonly RegistrationOverview overview = new(TextCatalog.Default, new FakeTimeProvider(Now));

    [Fact]
    public void SummaryLines_ShouldListTheSituationsByLetter_ForAProblemInventory()
    {
        var inventory = RegistrationAssignment.CreateProblemInventory("inv-1", "appt-1", new DateOnly(2026, 11, 20), Now.AddDays(-5));
        inventory.AddStressor("Rekeningen liggen ongeopend");
        inventory.AddStressor("Ruzie met de buren");
        inventory.AddStressor("Het weer");
        inventory.MarkStressor(1, StressorCategory.ActNow);
        inventory.MarkStressor(2, StressorCategory.Later);
        inventory.MarkStressor(3, StressorCategory.CannotInfluence);

        var lines = overview.SummaryLines(inventory, Language.Dutch).ToList();

        Assert.Equal(4, lines.Count);
        Assert.StartsWith(BotTexts.Nl("registration.type.problemInventory.title"), lines[0]);
        Assert.Equal(BotTexts.Nl("registration.inventory.category.actNow") + ": Rekeningen liggen ongeopend", lines[1]);
        Assert.Equal(BotTexts.Nl("registration.inventory.category.later") + ": Ruzie met de buren", lines[2]);
        Assert.Equal(BotTexts.Nl("registration.inventory.category.cannotInfluence") + ": Het weer", lines[3]);
    }

    [Fact]
    public void SummaryLines_ShouldCarryTheWorryNotes_OldestFirst()
    {
        var worry = RegistrationAssignment.CreateWorryTime("worry-1", "appt-1", new DateOnly(2026, 11, 22), new TimeOnly(19, 0), Now.AddDays(-3));
        worry.RecordWorrySession(new DateOnly(2026, 11, 23), true, "Over geld gepiekerd", Now.AddDays(-1));
        worry.RecordWorrySession(new DateOnly(2026, 11, 22), true, null, Now.AddDays(-1));

        var lines = overview.SummaryLines(worry, Language.Dutch).ToList();

        Assert.Equal(2, lines.Count);
        Assert.Contains("2", lines[0]);
        Assert.Equal("Notitie 23-11: Over geld gepiekerd", lines[1]);
    }

    [Fact]
    public void Full_ShouldEscapeTheClientsWords_SoTheyCannotFormatTheChat()
    {
        var inventory = RegistrationAssignment.CreateProblemInventory("inv-1", "appt-1", new DateOnly(2026, 11, 20), Now.AddDays(-5));
        inventory.AddStressor("**vet** [link](http://x)");
        inventory.MarkStressor(1, StressorCategory.ActNow);

        var text = overview.Full(inventory, Language.Dutch);

        Assert.DoesNotContain("**vet**", text);
        Assert.DoesNotContain("[link](", text);
    }
}
