using ReIntegratie.Deployment.Tests.Support;

namespace ReIntegratie.Deployment.Tests.Infra;

[Collection(MainTemplateCollection.Name)]
public sealed class BicepCompilationTests(CompiledMainTemplate compiled)
{
    [Fact]
    public void MainTemplate_ShouldBuildWithoutErrorsOrWarnings_WhenCompiledWithTheRestoredBicepCli()
    {
        BicepAssert.Clean(compiled.Build);
        Assert.NotEmpty(compiled.Template.Resources);
    }

    [Fact]
    public async Task MainTemplate_ShouldLintWithoutErrorsOrWarnings_WhenLintedWithTheRepositoryRules()
    {
        var result = await BicepCli.RunAsync("lint", RepositoryRoot.Combine("infra", "main.bicep"));

        BicepAssert.Clean(result);
    }

    [Fact]
    public async Task ParametersFile_ShouldBuildAndLintWithoutErrorsOrWarnings_WhenCheckedAgainstMainTemplate()
    {
        var outputFolder = Directory.CreateTempSubdirectory("reintegratie-bicepparam-").FullName;
        try
        {
            var outputFile = Path.Combine(outputFolder, "main.parameters.json");
            var build = await BicepCli.RunAsync("build-params", RepositoryRoot.Combine("infra", "main.bicepparam"), "--outfile", outputFile);
            var lint = await BicepCli.RunAsync("lint", RepositoryRoot.Combine("infra", "main.bicepparam"));

            BicepAssert.Clean(build);
            BicepAssert.Clean(lint);
            Assert.Contains("clientInvitationLinkBase", await File.ReadAllTextAsync(outputFile));
        }
        finally
        {
            Directory.Delete(outputFolder, recursive: true);
        }
    }

    [Fact]
    public async Task BicepLint_ShouldReportAWarning_WhenATemplateDeclaresAnUnusedParameter()
    {
        // Proves the checks above can fail: the same CLI and parser see a linter warning.
        var folder = Directory.CreateTempSubdirectory("reintegratie-bicep-selfcheck-").FullName;
        try
        {
            var template = Path.Combine(folder, "unused.bicep");
            await File.WriteAllTextAsync(template, "param unused string\n");

            var result = await BicepCli.RunAsync("lint", template);
            var output = BicepOutput.Parse(result.StandardOutput + "\n" + result.StandardError);

            var warning = Assert.Single(output.ErrorsAndWarnings);
            Assert.Equal(("Warning", "no-unused-params", 1), (warning.Level, warning.Code, warning.Line));
            Assert.Throws<Xunit.Sdk.TrueException>(() => BicepAssert.Clean(result));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
