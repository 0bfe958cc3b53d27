namespace ReIntegratie.Manifest;

/// <summary>What one package is built from, checked: ids and host in lower case, https links, existing folders.</summary>
public sealed record PackageSettings(
    string AppId,
    string BotId,
    string Domain,
    string AppVersion,
    string WebsiteUrl,
    string PrivacyUrl,
    string TermsUrl,
    string SourceDir,
    string OutFile,
    string SchemaRoot);
