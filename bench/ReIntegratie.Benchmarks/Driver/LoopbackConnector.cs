using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ReIntegratie.Benchmarks.Driver;

/// <summary>
/// The Bot Connector service on 127.0.0.1, as the bot sees it: answers
/// POST /v3/conversations/{id}/activities[/{replyToId}] (and PUT for updates) with {"id": ...} and
/// records each activity's arrival time in the conversation's <see cref="ReplyInbox"/>.
/// </summary>
public sealed class LoopbackConnector : IAsyncDisposable
{
    private const string ConversationsPrefix = "/v3/conversations/";
    private readonly ConcurrentDictionary<string, ReplyInbox> inboxes = new(StringComparer.Ordinal);
    private readonly WebApplication app;
    private long nextId;
    private long unrouted;

    private LoopbackConnector(WebApplication app) => this.app = app;

    /// <summary>The serviceUrl the driver puts on its activities (ends with a slash).</summary>
    public string ServiceUrl { get; private set; } = "";

    /// <summary>
    /// Called when an activity arrived, before the connector answers the bot (the bot waits for that
    /// answer). For checks only (see PersistenceCheck): it delays the bot while it runs.
    /// </summary>
    public Func<string, Task>? BeforeAnswer { get; set; }

    /// <summary>Activities for conversations nobody listens to (e.g. summaries sent to professionals).</summary>
    public long UnroutedActivities => Interlocked.Read(ref unrouted);

    public static async Task<LoopbackConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxConcurrentConnections = null;
        });
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new LoopbackConnector(app);
        app.Run(connector.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector.ServiceUrl = address.TrimEnd('/') + "/";
        return connector;
    }

    public ReplyInbox Register(string conversationId) => inboxes.GetOrAdd(conversationId, _ => new ReplyInbox());

    public void Forget(string conversationId) => inboxes.TryRemove(conversationId, out _);

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var body = await ReadBodyAsync(request);
        var arrived = Stopwatch.GetTimestamp();
        var path = request.Path.Value ?? "";
        if (!path.StartsWith(ConversationsPrefix, StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var rest = path.AsSpan(ConversationsPrefix.Length);
        var slash = rest.IndexOf('/');
        if (slash < 0)
        {
            context.Response.StatusCode = StatusCodes.Status201Created; // create conversation
            await WriteIdAsync(context, "a:bench-created-");
            return;
        }

        var conversationId = rest[..slash].ToString();
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

        await WriteIdAsync(context, "r");
    }

    private async Task WriteIdAsync(HttpContext context, string prefix)
    {
        context.Response.ContentType = "application/json";
        var id = Interlocked.Increment(ref nextId);
        await context.Response.WriteAsync($"{{\"id\":\"{prefix}{id}\"}}");
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request)
    {
        if (request.ContentLength is { } length and <= 4 * 1024 * 1024)
        {
            var buffer = new byte[length];
            var read = 0;
            while (read < buffer.Length)
            {
                var n = await request.Body.ReadAsync(buffer.AsMemory(read));
                if (n == 0)
                {
                    break;
                }

                read += n;
            }

            return buffer;
        }

        using var copy = new MemoryStream();
        await request.Body.CopyToAsync(copy);
        return copy.ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
