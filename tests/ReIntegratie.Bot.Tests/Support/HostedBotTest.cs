namespace ReIntegratie.Bot.Tests.Support;

/// <summary>A test class with its own bot host (temp storage) and a loopback connector, started and stopped around each test.</summary>
public abstract class HostedBotTest : IAsyncLifetime
{
    protected LoopbackConnector Connector { get; private set; } = null!;

    protected BotHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Connector = await LoopbackConnector.StartAsync();
        Host = CreateHost();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
    }

    protected virtual BotHost CreateHost() => new();
}
