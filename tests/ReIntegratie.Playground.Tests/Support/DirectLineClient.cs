using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace ReIntegratie.Playground.Tests.Support;

/// <summary>Speaks the development Direct Line the way DirectLineJS does (docs/protocol.md §8.1), over real HTTP.</summary>
public sealed class DirectLineClient(HttpClient http)
{
    public const string Domain = "v3/directline";

    public async Task<(string ConversationId, string Token)> GenerateTokenAsync()
    {
        using var response = await http.PostAsync($"{Domain}/tokens/generate", new StringContent("{}", Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return (body["conversationId"]!.GetValue<string>(), body["token"]!.GetValue<string>());
    }

    /// <summary>Generates a token and starts its conversation, as Web Chat does on connect.</summary>
    public async Task<(string ConversationId, string Token)> StartAsync()
    {
        var (conversationId, token) = await GenerateTokenAsync();
        using var response = await SendAsync(HttpMethod.Post, $"{Domain}/conversations", token, new JsonObject { ["user"] = new JsonObject { ["id"] = "ignored" }, ["locale"] = "nl-NL" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (conversationId, token);
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, JsonNode? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        return http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostActivityAsync(string conversationId, string token, JsonObject activity) =>
        SendAsync(HttpMethod.Post, $"{Domain}/conversations/{conversationId}/activities", token, activity);

    public async Task<(List<JsonObject> Activities, string Watermark)> GetActivitiesAsync(string conversationId, string token, string? watermark = null)
    {
        using var response = await SendAsync(HttpMethod.Get, $"{Domain}/conversations/{conversationId}/activities" + (watermark is null ? "" : "?watermark=" + Uri.EscapeDataString(watermark)), token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return (body["activities"]!.AsArray().Select(a => a!.AsObject()).ToList(), body["watermark"]!.GetValue<string>());
    }

    /// <summary>A card's submit as Web Chat posts it: a message with the submit data as its value and no text.</summary>
    public static JsonObject Submit(JsonObject value, string clientActivityId) => new()
    {
        ["type"] = "message",
        ["value"] = value.DeepClone(),
        ["from"] = new JsonObject { ["id"] = "someone-else", ["name"] = "Tester" },
        ["locale"] = "nl-NL",
        ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId },
    };

    public static JsonObject Message(string text, string clientActivityId) => new()
    {
        ["type"] = "message",
        ["text"] = text,
        ["from"] = new JsonObject { ["id"] = "someone-else", ["name"] = "Tester" },
        ["locale"] = "nl-NL",
        ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId },
    };
}
