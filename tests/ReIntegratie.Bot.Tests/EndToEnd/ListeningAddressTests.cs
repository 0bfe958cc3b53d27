using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Hosting;

namespace ReIntegratie.Bot.Tests.EndToEnd;

public sealed class ListeningAddressTests
{
    [Fact]
    public async Task StartUpLog_ShouldNameTheAddressFromASPNETCORE_URLS_WhenNoOtherIsGiven()
    {
        var folder = Path.Combine(Path.GetTempPath(), "reintegratie-tests", Guid.NewGuid().ToString("N"));

        var line = await BotProcessRun.RunUntilLineAsync(
            ["--environment", "Development", "--Storage:Path", folder],
            new Dictionary<string, string> { ["ASPNETCORE_URLS"] = "http://127.0.0.1:0" },
            text => text.Contains("The bot listens on", StringComparison.Ordinal),
            TimeSpan.FromSeconds(60));

        Assert.Matches(@"http://127\.0\.0\.1:[1-9][0-9]*/api/messages", line);
    }

    [Fact]
    public void LaunchProfile_ShouldSetNoAddress_SoThatASPNETCORE_URLSIsNotOverridden()
    {
        var profiles = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("bot", "Properties", "launchSettings.json")))!["profiles"]!.AsObject();

        Assert.All(profiles, profile => Assert.Null(profile.Value!["applicationUrl"]));
    }

    [Fact]
    public async Task EmptyInvitationLinkBase_ShouldFollowTheAddressTheBotListensOn()
    {
        await using var app = await StartedAsync(new ClientOptions());

        var link = app.Services.GetRequiredService<IOptions<ClientOptions>>().Value.InvitationLinkBase;

        Assert.Equal(app.Urls.Single() + "/", link);
        Assert.DoesNotContain(":0/", link);
    }

    [Fact]
    public async Task ConfiguredInvitationLinkBase_ShouldBeKept()
    {
        await using var app = await StartedAsync(new ClientOptions { InvitationLinkBase = "https://www.example.nl/chat/" });

        Assert.Equal("https://www.example.nl/chat/", app.Services.GetRequiredService<IOptions<ClientOptions>>().Value.InvitationLinkBase);
    }

    [Theory]
    [InlineData("http://[::]:5000", "http://localhost:5000/")]
    [InlineData("http://0.0.0.0:8080", "http://localhost:8080/")]
    [InlineData("http://+:80", "http://localhost/")]
    [InlineData("http://127.0.0.1:3979", "http://127.0.0.1:3979/")]
    public void EveryInterfaceAddress_ShouldBeShownAsThisMachinesAddress(string address, string expected)
    {
        Assert.Equal(expected, OwnAddress.Browsable(address));
    }

    private static async Task<WebApplication> StartedAsync(ClientOptions client)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development", ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton(Options.Create(client));
        var app = builder.Build();
        app.FollowOwnAddress();
        await app.StartAsync();
        return app;
    }
}
