namespace ReIntegratie.Bot.Tests.EndToEnd;

public sealed class StartupSettingsTests
{
    [Theory]
    [InlineData("Storage:Provider", "Floppy", "Storage:Provider")]
    [InlineData("MicrosoftAppType", "Magic", "MicrosoftAppType")]
    [InlineData("MicrosoftAppId", "not-a-guid", "MicrosoftAppId")]
    public void Startup_ShouldStopNamingTheSetting_WhenASettingIsInvalid(string key, string value, string expectedName)
    {
        using var host = new BotHost(new Dictionary<string, string?> { [key] = value, ["MicrosoftAppPassword"] = "secret" });

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains(expectedName, Flatten(error));
    }

    [Fact]
    public void Startup_ShouldStopNamingTheSetting_WhenAzureBlobHasNoAccount()
    {
        using var host = new BotHost(new Dictionary<string, string?> { ["Storage:Provider"] = "AzureBlob" });

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("Storage:ConnectionString", Flatten(error));
    }

    [Fact]
    public void Startup_ShouldRefuse_WhenProductionHasNoCredentials()
    {
        using var host = new BotHost(environment: "Production");

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("MicrosoftAppId", Flatten(error));
    }

    [Theory]
    [InlineData("Staging")]
    [InlineData("Test")]
    [InlineData("Acceptance")]
    public void Startup_ShouldRefuseNamingTheAppId_WhenAnEnvironmentOtherThanDevelopmentHasNoCredentials(string environment)
    {
        using var host = new BotHost(environment: environment);

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("MicrosoftAppId", Flatten(error));
    }

    [Fact]
    public void Startup_ShouldRunWithoutCredentials_InTheBenchmarkEnvironment()
    {
        using var host = new BotHost(environment: "Benchmark");

        host.CreateClient();

        Assert.Contains(host.Logs.Entries, e => e.Message.Contains("WITHOUT authentication"));
    }

    [Fact]
    public async Task Startup_ShouldEndWithOneLineNamingTheSetting_WhenStagingHasNoCredentials()
    {
        var outcome = await BotProcessRun.RunToExitAsync(["--environment", "Staging", "--urls", "http://127.0.0.1:0"], TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, outcome.ExitCode);
        var line = Assert.Single(outcome.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains("MicrosoftAppId", line);
        Assert.DoesNotContain(" at ", outcome.Output + outcome.Error);
    }

    [Theory]
    [InlineData("--Scheduling:PollInterval", "soon", "Scheduling:PollInterval")]
    [InlineData("--Storage:Provider", "AzureBlob", "Storage:ConnectionString")]
    [InlineData("--Connector:RetryBaseDelay", "later", "Connector:RetryBaseDelay")]
    public async Task Startup_ShouldEndWithOneLineNamingTheSetting_WhenASettingIsInvalidOrMissing(string key, string value, string expectedName)
    {
        var outcome = await BotProcessRun.RunToExitAsync(
            ["--environment", "Development", "--urls", "http://127.0.0.1:0", "--Storage:Path", ScratchFolder(), key, value], TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, outcome.ExitCode);
        var line = Assert.Single(outcome.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains(expectedName, line);
        AssertNoStackTrace(outcome);
    }

    [Fact]
    public async Task Startup_ShouldEndWithOneLineSayingThePortIsTakenAndHowToChooseAnother_WhenThePortIsTaken()
    {
        using var other = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        other.Start();
        var port = ((IPEndPoint)other.LocalEndpoint).Port;

        var outcome = await BotProcessRun.RunToExitAsync(
            ["--environment", "Development", "--urls", $"http://127.0.0.1:{port}", "--Storage:Path", ScratchFolder()], TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, outcome.ExitCode);
        var line = Assert.Single(outcome.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains($"127.0.0.1:{port}", line);
        Assert.Contains("port is taken", line);
        Assert.Contains("--urls", line);
        AssertNoStackTrace(outcome);
    }

    [Fact]
    public void Startup_ShouldRefuseNamingTheSetting_WhenAnonymousModeHasForwardedHeadersEnabled()
    {
        using var host = new BotHost(new Dictionary<string, string?> { ["ForwardedHeaders_Enabled"] = "true" });

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("ForwardedHeaders_Enabled", Flatten(error));
    }

    [Fact]
    public void Startup_ShouldRequireATenant_WhenSingleTenant()
    {
        using var host = new BotHost(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = Guid.NewGuid().ToString(),
            ["MicrosoftAppPassword"] = "secret",
        });

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("MicrosoftAppTenantId", Flatten(error));
    }

    [Fact]
    public void Startup_ShouldWarnLoudly_WhenRunningWithoutAppId()
    {
        using var host = new BotHost();

        host.CreateClient();

        Assert.Contains(host.Logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning && e.Message.Contains("WITHOUT authentication"));
    }

    private static void AssertNoStackTrace(ProcessOutcome outcome)
    {
        Assert.DoesNotContain("Exception", outcome.Output + outcome.Error);
        Assert.DoesNotMatch(@"(?m)^\s+at \S+\(", outcome.Output + outcome.Error);
    }

    private static string ScratchFolder() => Path.Combine(Path.GetTempPath(), "reintegratie-tests", Guid.NewGuid().ToString("N"));

    private static string Flatten(Exception exception) =>
        exception.InnerException is null ? exception.Message : exception.Message + " | " + Flatten(exception.InnerException);
}
