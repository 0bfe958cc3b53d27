namespace ReIntegratie.Bot.Tests.Support;

/// <summary>A test class with its own reminder bot instance and loopback connector, started and stopped around each test.</summary>
public abstract class ReminderHostTest : IAsyncLifetime
{
    private LoopbackConnector connector = null!;

    protected ReminderHost Bot { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        connector = await LoopbackConnector.StartAsync();
        Bot = ReminderHost.Start(connector);
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await connector.DisposeAsync();
    }
}
