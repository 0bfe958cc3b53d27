using System.Text.Json.Nodes;
using ReIntegratie.Deployment.Tests.Support;

namespace ReIntegratie.Deployment.Tests.Infra;

[Collection(MainTemplateCollection.Name)]
public sealed class AppSettingsTests(CompiledMainTemplate compiled)
{
    private static readonly string[] essentialSettingNames =
    [
        "MicrosoftAppType",
        "MicrosoftAppId",
        "MicrosoftAppTenantId",
        "Storage__Provider",
        "Storage__AccountUrl",
        "Storage__Container",
        "Scheduling__Provider",
        "Scheduling__QueueServiceUrl",
        "Scheduling__QueueName",
        "Professionals__AllowedTenantIds__0",
        "Client__InvitationLinkBase",
        "APPLICATIONINSIGHTS_CONNECTION_STRING",
        "AZURE_CLIENT_ID",
    ];

    public static TheoryData<string> EssentialSettings => [.. essentialSettingNames];

    [Fact]
    public void WebAppSettings_ShouldEachNameAKeyOfBotAppSettings_WhenDoubleUnderscoreIsReadAsColon()
    {
        var botSettings = BotAppSettings.Load();
        var names = WebAppSettings.Read(compiled.Template).Keys;

        var unknown = names.Where(name => !BotAppSettings.IsPlatformSetting(name) && !botSettings.Declares(name)).ToList();

        Assert.True(
            unknown.Count == 0,
            $"These app settings match no key in bot/appsettings.json: {string.Join(", ", unknown)}.\nKeys the bot declares: {string.Join(", ", botSettings.Keys)}");
    }

    [Theory]
    [MemberData(nameof(EssentialSettings))]
    public void WebAppSettings_ShouldContainEssentialSetting_WhenTemplateIsCompiled(string name)
    {
        var settings = WebAppSettings.Read(compiled.Template);

        Assert.True(settings.ContainsKey(name), $"The web app does not set {name}; it sets: {string.Join(", ", settings.Keys)}");
    }

    [Theory]
    [InlineData("Storage__Provider", "AzureBlob")]
    [InlineData("Scheduling__Provider", "AzureQueue")]
    public void WebAppSettings_ShouldSelectTheAzureProvider_WhenDeployedToAzure(string name, string provider)
    {
        var settings = WebAppSettings.Read(compiled.Template);

        Assert.Equal(JsonValue.Create(provider).ToJsonString(), settings.GetValueOrDefault(name));
    }

    [Fact]
    public void WebAppSettings_ShouldAlsoBeDeclaredByBot_WhenTheyAreNotPlatformSettings()
    {
        // Every non-platform essential setting must exist in bot/appsettings.json too, or the bot ignores it.
        var botSettings = BotAppSettings.Load();

        var undeclared = essentialSettingNames
            .Where(name => !BotAppSettings.IsPlatformSetting(name) && !botSettings.Declares(name))
            .ToList();

        Assert.Empty(undeclared);
    }

    [Theory]
    [InlineData("Storage__Container", true)]
    [InlineData("Professionals__AllowedTenantIds__0", true)]
    [InlineData("Connector__TrustedServiceUrls__2", true)]
    [InlineData("storage__container", true)]
    [InlineData("Storage__Bucket", false)]
    [InlineData("Storage", false)]
    [InlineData("Professionals__AllowedTenantIds", false)]
    [InlineData("Storage__Container__0", false)]
    [InlineData("MicrosoftAppPasswrd", false)]
    public void BotAppSettingsDeclares_ShouldAcceptOnlyLeafKeysAndArrayElements_WhenGivenAnAppServiceName(string name, bool declared)
    {
        var botSettings = new BotAppSettings(new JsonObject
        {
            ["MicrosoftAppPassword"] = "",
            ["Storage"] = new JsonObject { ["Container"] = "reintegratie" },
            ["Professionals"] = new JsonObject { ["AllowedTenantIds"] = new JsonArray() },
            ["Connector"] = new JsonObject { ["TrustedServiceUrls"] = new JsonArray("https://a/", "https://b/") },
        });

        Assert.Equal(declared, botSettings.Declares(name));
    }

    [Theory]
    [InlineData("APPLICATIONINSIGHTS_CONNECTION_STRING", true)]
    [InlineData("AZURE_CLIENT_ID", true)]
    [InlineData("WEBSITE_RUN_FROM_PACKAGE", true)]
    [InlineData("ASPNETCORE_ENVIRONMENT", true)]
    [InlineData("AZURE_CLIENT_SECRET", false)]
    [InlineData("Storage__Provider", false)]
    public void IsPlatformSetting_ShouldExemptOnlyPlatformNames_WhenGivenASettingName(string name, bool platform)
    {
        Assert.Equal(platform, BotAppSettings.IsPlatformSetting(name));
    }
}
