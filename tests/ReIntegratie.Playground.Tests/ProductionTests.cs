namespace ReIntegratie.Playground.Tests;

/// <summary>The playground is a development tool: in Production none of it exists.</summary>
public sealed class ProductionTests
{
    [Theory]
    [InlineData("GET", "/")]
    [InlineData("GET", "/index.html")]
    [InlineData("GET", "/lib/webchat.js")]
    [InlineData("POST", "/v3/directline/tokens/generate")]
    [InlineData("POST", "/v3/directline/conversations")]
    [InlineData("GET", "/v3/directline/conversations/x/activities")]
    [InlineData("POST", "/_dev/v3/conversations/x/activities")]
    [InlineData("GET", "/playground/api/form")]
    [InlineData("POST", "/playground/api/scheduled-work/run-next")]
    [InlineData("GET", "/playground/api/appointments/x/registration-form")]
    [InlineData("POST", "/playground/api/appointments/x/registrations")]
    [InlineData("POST", "/playground/api/appointments/x/reminders/run-next")]
    public async Task PlaygroundEndpoints_ShouldNotExist_InProduction(string method, string path)
    {
        using var server = new PlaygroundServer(environment: "Production");
        using var http = server.CreateHttpClient();

        using var response = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path.TrimStart('/')) { Content = new StringContent("{}") });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
