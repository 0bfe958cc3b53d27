using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ReIntegratie.Deployment.Tests.Support;

namespace ReIntegratie.Deployment.Tests.Infra;

/// <summary>The security and hosting settings the issue asks for, read from the compiled template.</summary>
[Collection(MainTemplateCollection.Name)]
public sealed partial class InfrastructureBaselineTests(CompiledMainTemplate compiled)
{
    private const string StorageBlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    private const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";

    [Theory]
    [InlineData("httpsOnly", "true")]
    [InlineData("clientAffinityEnabled", "false")]
    [InlineData("siteConfig.linuxFxVersion", "\"DOTNETCORE|10.0\"")]
    [InlineData("siteConfig.minTlsVersion", "\"1.2\"")]
    [InlineData("siteConfig.healthCheckPath", "\"/healthz\"")]
    [InlineData("siteConfig.alwaysOn", "true")]
    [InlineData("siteConfig.ftpsState", "\"Disabled\"")]
    public void WebApp_ShouldHaveHardenedSetting_WhenTemplateIsCompiled(string property, string expected)
    {
        var site = compiled.Template.SingleResource("Microsoft.Web/sites");

        Assert.Equal(expected, Read(site.Properties, property));
    }

    [Fact]
    public void WebApp_ShouldRunAsTheUserAssignedIdentityOnLinux_WhenTemplateIsCompiled()
    {
        var site = compiled.Template.SingleResource("Microsoft.Web/sites");
        var plan = compiled.Template.SingleResource("Microsoft.Web/serverfarms");

        Assert.Equal("\"UserAssigned\"", Read(site.Body, "identity.type"));
        Assert.Equal("\"app,linux\"", Read(site.Body, "kind"));
        Assert.Equal("true", Read(plan.Properties, "reserved"));
    }

    [Theory]
    [InlineData("allowBlobPublicAccess", "false")]
    [InlineData("allowSharedKeyAccess", "false")]
    [InlineData("minimumTlsVersion", "\"TLS1_2\"")]
    [InlineData("supportsHttpsTrafficOnly", "true")]
    public void StorageAccount_ShouldHaveHardenedSetting_WhenTemplateIsCompiled(string property, string expected)
    {
        var account = compiled.Template.SingleResource("Microsoft.Storage/storageAccounts");

        Assert.Equal(expected, Read(account.Properties, property));
    }

    [Fact]
    public void BlobService_ShouldKeepDeletedBlobsAndContainers_WhenTemplateIsCompiled()
    {
        var blobService = compiled.Template.SingleResource("Microsoft.Storage/storageAccounts/blobServices");

        Assert.Equal("true", Read(blobService.Properties, "deleteRetentionPolicy.enabled"));
        Assert.Equal("true", Read(blobService.Properties, "containerDeleteRetentionPolicy.enabled"));
        compiled.Template.SingleResource("Microsoft.Storage/storageAccounts/blobServices/containers");
        compiled.Template.SingleResource("Microsoft.Storage/storageAccounts/queueServices/queues");
    }

    [Fact]
    public void RoleAssignments_ShouldGrantBlobAndQueueDataContributorToAServicePrincipal_WhenTemplateIsCompiled()
    {
        var assignments = compiled.Template.ResourcesOfType("Microsoft.Authorization/roleAssignments");

        var roles = assignments.Select(RoleDefinitionGuid).Order(StringComparer.Ordinal).ToList();

        Assert.Equal([StorageQueueDataContributor, StorageBlobDataContributor], roles); // ordinal order: 974c… before ba92…
        Assert.All(assignments, assignment => Assert.Equal("\"ServicePrincipal\"", Read(assignment.Properties, "principalType")));
    }

    [Fact]
    public void AzureBot_ShouldBeAGlobalAzureBotWithTeamsAndDirectLine_WhenTemplateIsCompiled()
    {
        var bot = compiled.Template.SingleResource("Microsoft.BotService/botServices");
        var channels = compiled.Template.ResourcesOfType("Microsoft.BotService/botServices/channels")
            .Select(channel => Read(channel.Properties, "channelName"))
            .Order(StringComparer.Ordinal);

        Assert.Equal("\"2022-09-15\"", Read(bot.Body, "apiVersion"));
        Assert.Equal("\"azurebot\"", Read(bot.Body, "kind"));
        Assert.Equal("\"global\"", Read(bot.Body, "location"));
        Assert.Equal(["\"DirectLineChannel\"", "\"MsTeamsChannel\""], channels);
    }

    [Fact]
    public void BotAppTypeParameter_ShouldDefaultToUserAssignedMsiAndAllowSingleTenant_WhenTemplateIsCompiled()
    {
        var parameter = compiled.Template.Root["parameters"]?["botAppType"];

        Assert.Equal("\"UserAssignedMSI\"", parameter?["defaultValue"]?.ToJsonString());
        Assert.Equal("[\"UserAssignedMSI\",\"SingleTenant\"]", parameter?["allowedValues"]?.ToJsonString());
    }

    [Fact]
    public void ApplicationInsights_ShouldSendToALogAnalyticsWorkspace_WhenTemplateIsCompiled()
    {
        compiled.Template.SingleResource("Microsoft.OperationalInsights/workspaces");
        var appInsights = compiled.Template.SingleResource("Microsoft.Insights/components");

        Assert.NotNull(appInsights.Properties?["WorkspaceResourceId"]);
    }

    [Theory]
    [InlineData("botEndpoint")]
    [InlineData("microsoftAppId")]
    [InlineData("identityClientId")]
    [InlineData("webAppHostName")]
    [InlineData("teamsAppId")]
    [InlineData("packageCommand")]
    public void MainTemplate_ShouldOutputValue_WhenDeploymentFinishes(string output)
    {
        Assert.NotNull(compiled.Template.Root["outputs"]?[output]);
    }

    private static string? Read(JsonNode? node, string path)
    {
        foreach (var part in path.Split('.'))
        {
            node = node?[part];
        }

        return node?.ToJsonString();
    }

    private static string RoleDefinitionGuid(ArmResource assignment)
    {
        var expression = assignment.Properties?["roleDefinitionId"]?.GetValue<string>() ?? "";
        var resolved = VariableReference().Replace(expression, match => $"'{assignment.Variable(match.Groups[1].Value)}'");
        var guid = RoleDefinitionId().Match(resolved);
        Assert.True(guid.Success, $"roleDefinitionId {expression} names no role definition GUID.");
        return guid.Groups[1].Value;
    }

    [GeneratedRegex(@"variables\('([^']+)'\)")]
    private static partial Regex VariableReference();

    [GeneratedRegex(@"roleDefinitions', '([0-9a-f-]{36})'")]
    private static partial Regex RoleDefinitionId();
}
