using System.CommandLine;

namespace ReIntegratie.Manifest;

/// <summary>The command line of the packager (run through manifest/package.sh), with --help.</summary>
public static class PackageCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        Option<string?> Text(string name, string description, string helpName) => new(name) { Description = description, HelpName = helpName };
        var appId = Text("--app-id", "the Teams app id (a GUID of your own; keep it for every update)", "GUID");
        var botId = Text("--bot-id", "the Azure Bot's Microsoft App ID (for a managed identity: its client id)", "GUID");
        var domain = Text("--domain", "the bot's host name, e.g. reintegratie-abc.azurewebsites.net", "HOST");
        var appVersion = Text("--app-version", $"the app version; raise it for every update (default {PackageInput.DefaultVersion})", "X.Y.Z");
        var websiteUrl = Text("--website-url", "developer website (default https://HOST/)", "URL");
        var privacyUrl = Text("--privacy-url", "privacy statement (default https://HOST/privacy)", "URL");
        var termsUrl = Text("--terms-url", "terms of use (default https://HOST/terms)", "URL");
        var sourceDir = Text("--source-dir", "folder with manifest.json, icons and nl-nl.json (default: the manifest folder)", "DIR");
        var outFile = Text("--out", "where to write the zip (default manifest/build/ReIntegratie.zip)", "FILE");
        var manifestDir = new Option<string>("--manifest-dir") { Description = "the repository's manifest folder (package.sh passes it)", Required = true, Hidden = true };

        var root = new RootCommand(
            "Builds the Teams app package: fills the placeholders in manifest.json, validates it and nl-nl.json against " +
            "the Teams JSON schemas, checks the icons, and zips manifest, icons and localization. The infra deployment " +
            "prints the values to pass: see \"Deploy to Azure\" in README.md.")
        {
            appId, botId, domain, appVersion, websiteUrl, privacyUrl, termsUrl, sourceDir, outFile, manifestDir,
        };
        root.SetAction(async (result, _) =>
        {
            var input = new PackageInput(
                result.GetValue(appId), result.GetValue(botId), result.GetValue(domain), result.GetValue(appVersion),
                result.GetValue(websiteUrl), result.GetValue(privacyUrl), result.GetValue(termsUrl),
                result.GetValue(sourceDir), result.GetValue(outFile), result.GetValue(manifestDir)!);
            var (settings, problem) = input.Check();
            if (settings is null)
            {
                await error.WriteLineAsync($"package.sh: {problem}\nRun manifest/package.sh --help for the options.");
                return 2;
            }

            return await PackageAsync(settings, output, error);
        });
        return await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }

    private static async Task<int> PackageAsync(PackageSettings settings, TextWriter output, TextWriter error)
    {
        try
        {
            var (files, problems, manifest) = await AppPackage.BuildAsync(settings);
            if (problems.Count > 0)
            {
                await error.WriteLineAsync($"package.sh: the app package was not written, {problems.Count} problem(s):");
                foreach (var problem in problems)
                {
                    await error.WriteLineAsync($"  - {problem}");
                }

                return 1;
            }

            await output.WriteLineAsync($"package.sh: wrote {settings.OutFile}");
            await output.WriteLineAsync($"  manifest {manifest!["manifestVersion"]}, app {settings.AppId} version {manifest["version"]}, bot {settings.BotId}, domain {settings.Domain}");
            await output.WriteLineAsync($"  files: {string.Join(", ", files)}");
            return 0;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException or System.Text.Json.JsonException or InvalidOperationException)
        {
            await error.WriteLineAsync($"package.sh: {exception.Message}");
            return 1;
        }
    }
}
