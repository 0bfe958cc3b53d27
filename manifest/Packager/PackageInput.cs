using System.Text.RegularExpressions;

namespace ReIntegratie.Manifest;

/// <summary>The options as typed; <see cref="Check"/> turns them into settings or says what is wrong, naming the option.</summary>
public sealed partial record PackageInput(
    string? AppId,
    string? BotId,
    string? Domain,
    string? AppVersion,
    string? WebsiteUrl,
    string? PrivacyUrl,
    string? TermsUrl,
    string? SourceDir,
    string? OutFile,
    string ManifestDir)
{
    public const string DefaultVersion = "1.0.0";

    public (PackageSettings? Settings, string? Error) Check()
    {
        var error = GuidError("--app-id", AppId) ?? GuidError("--bot-id", BotId) ?? DomainError();
        if (error is not null)
        {
            return (null, error);
        }

        var domain = Domain!.ToLowerInvariant();
        var version = AppVersion ?? DefaultVersion;
        if (!Version().IsMatch(version))
        {
            return (null, $"--app-version '{version}' must be MAJOR.MINOR.PATCH, e.g. 1.0.1");
        }

        var links = (Website: WebsiteUrl ?? $"https://{domain}/", Privacy: PrivacyUrl ?? $"https://{domain}/privacy", Terms: TermsUrl ?? $"https://{domain}/terms");
        foreach (var url in new[] { links.Website, links.Privacy, links.Terms })
        {
            if (!HttpsUrl().IsMatch(url))
            {
                return (null, $"'{url}' is not an https:// URL");
            }
        }

        var source = Path.GetFullPath(SourceDir ?? ManifestDir);
        if (!File.Exists(Path.Combine(source, "manifest.json")))
        {
            return (null, $"--source-dir '{SourceDir ?? ManifestDir}' has no manifest.json");
        }

        var schemas = Path.Combine(ManifestDir, "node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams");
        return (new PackageSettings(
            AppId!.ToLowerInvariant(), BotId!.ToLowerInvariant(), domain, version, links.Website, links.Privacy, links.Terms,
            source, Path.GetFullPath(OutFile ?? Path.Combine(ManifestDir, "build", "ReIntegratie.zip")), schemas), null);
    }

    private static string? GuidError(string option, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return $"missing {option}: pass {option} GUID";
        }

        if (!Guid.TryParseExact(value, "D", out var guid))
        {
            return $"{option} '{value}' is not a GUID (expected 8-4-4-4-12 hexadecimal digits, e.g. 3f2504e0-4f89-41d3-9a0c-0305e82c3301)";
        }

        return guid == Guid.Empty ? $"{option} must not be the empty GUID 00000000-0000-0000-0000-000000000000" : null;
    }

    private string? DomainError()
    {
        if (string.IsNullOrEmpty(Domain))
        {
            return "missing --domain: pass the bot's host name, e.g. reintegratie-abc.azurewebsites.net";
        }

        return Domain.Length > 253 || !HostName().IsMatch(Domain)
            ? $"--domain '{Domain}' is not a host name: give only the host (letters, digits, hyphens and dots, e.g. reintegratie-abc.azurewebsites.net), without https://, port or path"
            : null;
    }

    [GeneratedRegex(@"^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$")]
    private static partial Regex HostName();

    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")]
    private static partial Regex Version();

    [GeneratedRegex(@"^https://[^\s""]+$")]
    private static partial Regex HttpsUrl();
}
