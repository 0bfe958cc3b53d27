namespace ReIntegratie.Playground.Tests.Support;

/// <summary>A test class with its own playground server and headless chromium, started before and stopped after each test.</summary>
public abstract class BrowserTest(TimeProvider? clock = null) : IAsyncLifetime
{
    protected PlaygroundServer Server { get; private set; } = null!;

    protected Chromium Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = new PlaygroundServer(clock: clock);
        Browser = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Server.Dispose();
    }
}
