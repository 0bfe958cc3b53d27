using System.Globalization;

namespace ReIntegratie.Bot.Tests.EndToEnd;

public sealed class NewAppointmentCommandTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Help_ShouldListEveryOption_WithoutStartingTheBot()
    {
        var outcome = await BotProcessRun.RunToExitAsync(["new-appointment", "--help"], Timeout);

        Assert.Equal(0, outcome.ExitCode);
        foreach (var option in new[] { "--client", "--at", "--language", "--parts" })
        {
            Assert.Contains(option, outcome.Output);
        }
    }

    [Fact]
    public async Task NewAppointment_ShouldPrintAnInvitationCode_AndTakeSettingsFromTheSameCommandLine()
    {
        var folder = Path.Combine(Path.GetTempPath(), "reintegratie-tests", Guid.NewGuid().ToString("N"));
        var at = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd'T'10:00", CultureInfo.InvariantCulture);

        var outcome = await BotProcessRun.RunToExitAsync(
            ["new-appointment", "--client", "Test", "--at", at, "--language", "en", "--parts", "cards", "--Storage:Path", folder, "--environment", "Development"], Timeout);

        Assert.True(outcome.ExitCode == 0, outcome.Output + outcome.Error);
        Assert.Matches(@"Invitation code: [A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}", outcome.Output);
        Assert.True(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Any(), "the appointment is stored in the folder the setting named");
    }

    [Theory]
    [InlineData("--at", "soon", "--at")]
    [InlineData("--parts", "cards,x", "--parts")]
    [InlineData("--language", "de", "'de'")]
    public async Task NewAppointment_ShouldRefuseNamingTheOption_WhenAnOptionIsInvalid(string option, string value, string expected)
    {
        var outcome = await BotProcessRun.RunToExitAsync(
            ["new-appointment", "--client", "Test", "--at", "2030-01-01T10:00", option, value, "--environment", "Development"], Timeout);

        Assert.NotEqual(0, outcome.ExitCode);
        Assert.Contains(expected, outcome.Error);
    }
}
