namespace ReIntegratie.Bot.Channel.Connector;

/// <summary>Settings section "Connector": retries of outbound calls and the service URLs trusted from the start.</summary>
public sealed class ConnectorOptions
{
    public const string Section = "Connector";

    public int MaxRetries { get; set; } = 4;
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(20);
    public List<string> TrustedServiceUrls { get; set; } = [];
}
