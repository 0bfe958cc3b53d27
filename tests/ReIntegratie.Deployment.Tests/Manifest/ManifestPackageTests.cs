using System.IO.Compression;
using System.Text.Json.Nodes;
using ReIntegratie.Deployment.Tests.Support;

namespace ReIntegratie.Deployment.Tests.Manifest;

/// <summary>
/// The Teams app packager: once through manifest/package.sh as a person runs it (which also installs the
/// Teams schemas), the rest in-process with the same arguments. The tests of one class run one after another.
/// </summary>
public sealed class ManifestPackageTests(PackageScriptRun script) : IDisposable, IClassFixture<PackageScriptRun>
{
    private const string AppId = PackageScriptRun.AppId;
    private const string BotId = PackageScriptRun.BotId;
    private const string Domain = PackageScriptRun.Domain;

    private readonly string scratch = Directory.CreateTempSubdirectory("reintegratie-manifest-").FullName;

    private string Output => Path.Combine(scratch, "ReIntegratie.zip");

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    [Fact]
    public void PackageScript_ShouldWriteZipWithManifestIconsAndDutchLocalization_WhenGivenValidIdsAndHost()
    {
        var result = script.Result;

        Assert.True(result.ExitCode == 0, result.Describe());
        using var zip = ZipFile.OpenRead(ManifestPackager.DefaultPackagePath);
        Assert.Equal(["color.png", "manifest.json", "nl-nl.json", "outline.png"], zip.Entries.Select(entry => entry.FullName).Order(StringComparer.Ordinal));
        Assert.Equal(File.ReadAllBytes(RepositoryRoot.Combine("manifest", "color.png")), ReadEntry(zip, "color.png"));
        Assert.Equal(File.ReadAllBytes(RepositoryRoot.Combine("manifest", "outline.png")), ReadEntry(zip, "outline.png"));
    }

    [Fact]
    public async Task PackagedManifest_ShouldCarryTheGivenIdsAndDomain_WhenPackaged()
    {
        var result = await ManifestPackager.RunAsync("--app-id", AppId.ToUpperInvariant(), "--bot-id", BotId, "--domain", Domain.ToUpperInvariant(), "--out", Output);

        Assert.True(result.ExitCode == 0, result.Describe());
        var manifest = ReadManifest(Output);
        Assert.Equal(AppId, manifest["id"]?.GetValue<string>());
        Assert.Equal(BotId, manifest["bots"]?[0]?["botId"]?.GetValue<string>());
        Assert.Equal("[\"personal\"]", manifest["bots"]?[0]?["scopes"]?.ToJsonString());
        Assert.Equal($"[\"{Domain}\"]", manifest["validDomains"]?.ToJsonString());
        Assert.Equal("nl-nl.json", manifest["localizationInfo"]?["additionalLanguages"]?[0]?["file"]?.GetValue<string>());
        Assert.DoesNotContain("${{", manifest.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PackagedManifest_ShouldListTheThreeBotCommands_WhenPackaged()
    {
        var result = await ManifestPackager.RunAsync("--app-id", AppId, "--bot-id", BotId, "--domain", Domain, "--out", Output);

        Assert.True(result.ExitCode == 0, result.Describe());
        var commands = ReadManifest(Output)["bots"]?[0]?["commandLists"]?[0]?["commands"]?.AsArray()
            .Select(command => command?["title"]?.GetValue<string>());
        Assert.Equal(["nieuwe afspraak", "mijn afspraken", "help"], commands);
    }

    [Fact]
    public async Task ManifestVersion_ShouldBeTheNewestSchemaThePinnedValidatorShips_WhenPackaged()
    {
        var result = await ManifestPackager.RunAsync("--app-id", AppId, "--bot-id", BotId, "--domain", Domain, "--out", Output);

        Assert.True(result.ExitCode == 0, result.Describe());
        var schemas = RepositoryRoot.Combine("manifest", "node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams");
        var newest = Directory.GetDirectories(schemas, "v1.*")
            .Select(folder => Version.Parse(Path.GetFileName(folder)[1..]))
            .Max();
        var manifest = ReadManifest(Output);
        Assert.Equal(newest?.ToString(), manifest["manifestVersion"]?.GetValue<string>());
    }

    [Fact]
    public async Task Package_ShouldBeTheSameBytes_WhenBuiltTwiceFromTheSameInput()
    {
        var again = Path.Combine(scratch, "again.zip");

        var first = await ManifestPackager.RunAsync("--app-id", AppId, "--bot-id", BotId, "--domain", Domain, "--out", Output);
        var second = await ManifestPackager.RunAsync("--app-id", AppId, "--bot-id", BotId, "--domain", Domain, "--out", again);

        Assert.True(first.ExitCode == 0 && second.ExitCode == 0, first.Describe() + second.Describe());
        Assert.Equal(File.ReadAllBytes(Output), File.ReadAllBytes(again));
    }

    [Fact]
    public async Task PackageScript_ShouldListTheOptions_WhenAskedForHelp()
    {
        var result = await ManifestPackager.RunScriptAsync("--help");

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.All(["--app-id", "--bot-id", "--domain", "--app-version", "--out"], option => Assert.Contains(option, result.StandardOutput, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--app-id", "6f1c1d9e-0b1a-4c55-9a37-2f6d8e4b7a1", "--app-id '6f1c1d9e-0b1a-4c55-9a37-2f6d8e4b7a1' is not a GUID")]
    [InlineData("--app-id", "not-a-guid", "--app-id 'not-a-guid' is not a GUID")]
    [InlineData("--bot-id", "2b7e4c1a93d54f0e8c6b1d2e3f4a5b6c", "--bot-id '2b7e4c1a93d54f0e8c6b1d2e3f4a5b6c' is not a GUID")]
    [InlineData("--bot-id", "00000000-0000-0000-0000-000000000000", "--bot-id must not be the empty GUID")]
    [InlineData("--domain", "https://reintegratie-test.azurewebsites.net/", "is not a host name")]
    [InlineData("--domain", "reintegratie test.nl", "is not a host name")]
    public async Task Packager_ShouldFailWithClearMessage_WhenAnArgumentIsMalformed(string option, string value, string message)
    {
        var arguments = new Dictionary<string, string> { ["--app-id"] = AppId, ["--bot-id"] = BotId, ["--domain"] = Domain, [option] = value };
        var output = Output;

        var result = await ManifestPackager.RunAsync([.. arguments.SelectMany(pair => new[] { pair.Key, pair.Value }), "--out", output]);

        Assert.True(result.ExitCode != 0, result.Describe());
        Assert.Contains(message, result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("--app-id")]
    [InlineData("--bot-id")]
    [InlineData("--domain")]
    public async Task Packager_ShouldFailWithClearMessage_WhenARequiredArgumentIsMissing(string missing)
    {
        var arguments = new Dictionary<string, string> { ["--app-id"] = AppId, ["--bot-id"] = BotId, ["--domain"] = Domain };
        arguments.Remove(missing);
        var output = Output;

        var result = await ManifestPackager.RunAsync([.. arguments.SelectMany(pair => new[] { pair.Key, pair.Value }), "--out", output]);

        Assert.True(result.ExitCode != 0, result.Describe());
        Assert.Contains($"missing {missing}", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Packager_ShouldRejectTheOutlineIcon_WhenItHasAColouredPixel()
    {
        var source = CopyManifestSources();
        File.Copy(RepositoryRoot.Combine("tests", "ReIntegratie.Deployment.Tests", "Manifest", "Icons", "outline-with-a-red-pixel.png"), Path.Combine(source, "outline.png"), overwrite: true);
        var output = Output;

        var result = await ManifestPackager.RunAsync("--app-id", AppId, "--bot-id", BotId, "--domain", Domain, "--source-dir", source, "--out", output);

        Assert.True(result.ExitCode != 0, result.Describe());
        Assert.Contains("the outline icon may only have white or fully transparent pixels", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("(7,5)", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Packager_ShouldRejectTheManifest_WhenItBreaksTheTeamsSchema()
    {
        var source = CopyManifestSources();
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(source, "manifest.json")))!;
        manifest["description"]!["short"] = new string('x', 81);
        File.WriteAllText(Path.Combine(source, "manifest.json"), manifest.ToJsonString());
        var output = Output;

        var result = await ManifestPackager.RunAsync("--app-id", AppId, "--bot-id", BotId, "--domain", Domain, "--source-dir", source, "--out", output);

        Assert.True(result.ExitCode != 0, result.Describe());
        Assert.Contains("manifest.json does not match v1.30/MicrosoftTeams.schema.json: #/description.short: StringTooLong", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Packager_ShouldRejectTheDutchLocalization_WhenItBreaksTheLocalizationSchema()
    {
        var source = CopyManifestSources();
        var localization = JsonNode.Parse(File.ReadAllText(Path.Combine(source, "nl-nl.json")))!;
        localization["name.short"] = new string('x', 31);
        File.WriteAllText(Path.Combine(source, "nl-nl.json"), localization.ToJsonString());
        var output = Output;

        var result = await ManifestPackager.RunAsync("--app-id", AppId, "--bot-id", BotId, "--domain", Domain, "--source-dir", source, "--out", output);

        Assert.True(result.ExitCode != 0, result.Describe());
        Assert.Contains("nl-nl.json does not match v1.30/MicrosoftTeams.Localization.schema.json: #/name.short: StringTooLong", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    private string CopyManifestSources()
    {
        var source = Path.Combine(scratch, "source");
        Directory.CreateDirectory(source);
        foreach (var file in new[] { "manifest.json", "nl-nl.json", "color.png", "outline.png" })
        {
            File.Copy(RepositoryRoot.Combine("manifest", file), Path.Combine(source, file));
        }

        return source;
    }

    private static byte[] ReadEntry(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static JsonObject ReadManifest(string packagePath)
    {
        using var zip = ZipFile.OpenRead(packagePath);
        return JsonNode.Parse(ReadEntry(zip, "manifest.json"))!.AsObject();
    }
}
