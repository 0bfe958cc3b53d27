using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace ReIntegratie.Testing;

/// <summary>
/// A real HTTP listener on 127.0.0.1 standing in for the Bot Connector service (and, when a
/// <see cref="TokenSigner"/> is attached, for the channel's OpenID metadata). Answers
/// POST /v3/conversations/{id}/activities[/{replyToId}] (and PUT for updates) with an id unless
/// responses were queued. Two ways to look at what the bot sent: every call recorded
/// (<see cref="Requests"/>, for tests), or per conversation only the count and the last activity with its
/// arrival time (<see cref="Register"/>, for the load driver, which would not fit millions of bodies in memory).
/// </summary>
public sealed class LoopbackConnector : IAsyncDisposable
{
    private const string ConversationsPrefix = "/v3/conversations/";
    private readonly WebApplication app;
    private readonly bool record;
    private readonly ConcurrentQueue<(int Status, string Body, string? RetryAfter)> queued = new();
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private readonly ConcurrentDictionary<string, ReplyInbox> inboxes = new(StringComparer.Ordinal);
    private int nextId;
    private int metadataRequests;
    private long unrouted;

    private LoopbackConnector(WebApplication app, bool record)
    {
        this.app = app;
        this.record = record;
    }

    public string BaseUrl { get; private set; } = "";

    /// <summary>The serviceUrl activities carry (ends with a slash).</summary>
    public string ServiceUrl => BaseUrl + "/";

    public TokenSigner? Signer { get; set; }

    public IReadOnlyList<RecordedRequest> Requests => requests.ToArray();

    public IReadOnlyList<RecordedRequest> ActivityRequests => requests.Where(r => r.Path.StartsWith("/v3/", StringComparison.Ordinal)).ToArray();

    /// <summary>
    /// Called when an activity arrived, before the connector answers the bot (the bot waits for that
    /// answer). For checks only: it delays the bot while it runs.
    /// </summary>
    public Func<string, Task>? BeforeAnswer { get; set; }

    /// <summary>Activities for conversations nobody registered (e.g. summaries sent to professionals).</summary>
    public long UnroutedActivities => Interlocked.Read(ref unrouted);

    /// <param name="recordRequests">Keep every call (tests); off for load, where only <see cref="Register"/>ed conversations are followed.</param>
    public static async Task<LoopbackConnector> StartAsync(bool recordRequests = true)
    {
        var app = LoopbackWebApplication.Create();
        var connector = new LoopbackConnector(app, recordRequests);
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

    /// <summary>Follows one conversation: what arrives for it is counted in its inbox.</summary>
    public ReplyInbox Register(string conversationId) => inboxes.GetOrAdd(conversationId, _ => new ReplyInbox());

    public void Forget(string conversationId) => inboxes.TryRemove(conversationId, out _);

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        var body = await ReadBodyAsync(context.Request);
        var arrived = Stopwatch.GetTimestamp();
        var path = context.Request.Path.Value ?? "";
        if (record)
        {
            var rawTarget = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
            requests.Enqueue(new RecordedRequest(context.Request.Method, rawTarget, Encoding.UTF8.GetString(body),
                context.Request.Headers.Authorization.FirstOrDefault(), DateTimeOffset.UtcNow));
        }

        var conversationId = ConversationOf(path);
        if (conversationId is not null)
        {
            if (inboxes.TryGetValue(conversationId, out var inbox))
            {
                inbox.Add(body, arrived);
            }
            else
            {
                Interlocked.Increment(ref unrouted);
            }

            if (BeforeAnswer is { } check)
            {
                await check(conversationId);
            }
        }

        if (queued.TryDequeue(out var answer))
        {
            if (answer.RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = answer.RetryAfter;
            }

            return Results.Text(answer.Body, "application/json", statusCode: answer.Status);
        }

        var id = Interlocked.Increment(ref nextId);
        return path.TrimEnd('/') == "/v3/conversations"
            ? Results.Json(new { id = $"a:created-{id}" }, statusCode: 201)
            : Results.Json(new { id = $"sent-{id}" });
    }

    /// <summary>The conversation of /v3/conversations/{id}/..., or null for creating a conversation.</summary>
    private static string? ConversationOf(string path)
    {
        if (!path.StartsWith(ConversationsPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = path.AsSpan(ConversationsPrefix.Length);
        var slash = rest.IndexOf('/');
        return slash < 0 ? null : rest[..slash].ToString();
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request)
    {
        using var copy = new MemoryStream(request.ContentLength is { } length and <= 4 * 1024 * 1024 ? (int)length : 0);
        await request.Body.CopyToAsync(copy);
        return copy.ToArray();
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
            if (invalid.Count > 0)
            {
                throw new InvalidOperationException("The bot sent cards Teams would refuse:\n" + string.Join("\n", invalid));
            }
        }
    }

    /// <summary>The Adaptive Cards in the activities the bot posted or updated (recorded calls only).</summary>
    public List<JsonNode> SentCards() =>
        ActivityRequests
            .Where(request => request.Method is "POST" or "PUT" && request.Body.Length > 0)
            .SelectMany(request => JsonNode.Parse(request.Body)?["attachments"]?.AsArray() ?? [])
            .Where(attachment => (string?)attachment?["contentType"] == "application/vnd.microsoft.card.adaptive" && attachment?["content"] is JsonObject)
            .Select(attachment => attachment!["content"]!.DeepClone())
            .ToList();
}
