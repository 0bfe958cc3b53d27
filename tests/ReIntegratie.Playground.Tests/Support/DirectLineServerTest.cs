namespace ReIntegratie.Playground.Tests.Support;

/// <summary>A playground host for one test class, with an HTTP client and a Direct Line client speaking to it.</summary>
public abstract class DirectLineServerTest : IDisposable
{
    protected DirectLineServerTest(TimeProvider? clock = null)
    {
        Server = new PlaygroundServer(clock: clock);
        Http = Server.CreateHttpClient();
        DirectLine = new DirectLineClient(Http);
    }

    protected PlaygroundServer Server { get; }

    protected HttpClient Http { get; }

    protected DirectLineClient DirectLine { get; }

    public void Dispose()
    {
        Http.Dispose();
        Server.Dispose();
        GC.SuppressFinalize(this);
    }
}
