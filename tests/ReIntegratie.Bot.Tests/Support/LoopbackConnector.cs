using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ReIntegratie.Bot.Tests.Support;

/// <summary>
/// A real HTTP listener on 127.0.0.1 standing in for the Bot Connector service (and, when a
/// <see cref="TokenSigner"/> is attached, for the channel's OpenID metadata). Records every call;
/// answers 200 with an id unless responses were queued.
/// </summary>
public sealed class LoopbackConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<(int Status, string Body, string? RetryAfter)> queued = new();
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private int nextId;
    private int metadataRequests;

    private LoopbackConnector(WebApplication app) => this.app = app;

    public string BaseUrl { get; private set; } = "";

    public string ServiceUrl => BaseUrl + "/";

    public TokenSigner? Signer { get; set; }

    public IReadOnlyList<RecordedRequest> Requests => requests.ToArray();

    public IReadOnlyList<RecordedRequest> ActivityRequests => requests.Where(r => r.Path.StartsWith("/v3/", StringComparison.Ordinal)).ToArray();

    public static async Task<LoopbackConnector> StartAsync()
    {
        var app = LoopbackWebApplication.Create();
        var connector = new LoopbackConnector(app);
        app.MapGet("/openid", () => { Interlocked.Increment(ref connector.metadataRequests); return Results.Json(new { issuer = "https://api.botframework.com", jwks_uri = connector.BaseUrl + "/jwks", id_token_signing_alg_values_supported = new[] { "RS256" } }); });
        app.MapGet("/jwks", () => connector.Signer is null ? Results.NotFound() : Results.Text(connector.Signer.JwksJson, "application/json"));
        app.Map("/v3/{**rest}", (Delegate)connector.HandleAsync);
        await app.StartAsync();
        connector.BaseUrl = LoopbackWebApplication.BaseUrlOf(app);
        return connector;
    }

    public string OpenIdMetadataUrl => BaseUrl + "/openid";

    public int MetadataRequestCount => Volatile.Read(ref metadataRequests);

    /// <summary>The next calls get these answers, in order; after that 200 again.</summary>
    public void EnqueueResponse(int status, string body = "", string? retryAfter = null) => queued.Enqueue((status, body, retryAfter));

    public void Clear() => requests.Clear();

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var rawTarget = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()!.RawTarget;
        requests.Enqueue(new RecordedRequest(context.Request.Method, rawTarget, body,
            context.Request.Headers.Authorization.FirstOrDefault(), DateTimeOffset.UtcNow));

        if (queued.TryDequeue(out var answer))
        {
            if (answer.RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = answer.RetryAfter;
            }

            return Results.Text(answer.Body, "application/json", statusCode: answer.Status);
        }

        var id = Interlocked.Increment(ref nextId);
        return context.Request.Path.Value == "/v3/conversations"
            ? Results.Json(new { id = $"a:created-{id}" }, statusCode: 201)
            : Results.Json(new { id = $"sent-{id}" });
    }

    /// <summary>
    /// Stops the connector, then validates every Adaptive Card the bot posted or updated through it
    /// (parser and Teams rules), so no test lets a card through that Teams would refuse.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        var sent = SentCards();
        if (sent.Count > 0)
        {
            var invalid = AdaptiveCardValidator.ValidateAll(sent)
                .SelectMany((result, index) => result.Errors.Select(error => $"card {index}: {error}"))
                .ToList();
            Assert.True(invalid.Count == 0, "The bot sent cards Teams would refuse:\n" + string.Join("\n", invalid));
        }
    }

    /// <summary>The Adaptive Cards in the activities the bot posted or updated.</summary>
    public List<JsonNode> SentCards() =>
        ActivityRequests
            .Where(request => request.Method is "POST" or "PUT" && request.Body.Length > 0)
            .SelectMany(request => JsonNode.Parse(request.Body)?["attachments"]?.AsArray() ?? [])
            .Where(attachment => (string?)attachment?["contentType"] == "application/vnd.microsoft.card.adaptive" && attachment?["content"] is JsonObject)
            .Select(attachment => attachment!["content"]!.DeepClone())
            .ToList();
}
