using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ReIntegratie.Bot.Tests.Support;

/// <summary>
/// A real HTTP proxy on 127.0.0.1 in front of Azurite. Every request is passed on; when asked, the answer to
/// the next write of one blob is held back after Azurite has applied it until the storage client gives up on
/// it (its network timeout closes the request): a store that did the work but whose answer was lost.
/// </summary>
public sealed class AnswerLosingStorageProxy : IAsyncDisposable
{
    private static readonly HashSet<string> HopHeaders = new(StringComparer.OrdinalIgnoreCase) { "Host", "Content-Length", "Transfer-Encoding", "Connection" };
    private readonly WebApplication app;
    private readonly HttpClient upstream = new();
    private readonly Uri target;
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);
    private string? holdWriteOf;
    private readonly ConcurrentDictionary<string, int> writesByPath = new(StringComparer.Ordinal);

    private AnswerLosingStorageProxy(WebApplication app, Uri target)
    {
        this.app = app;
        this.target = target;
    }

    public string BaseUrl { get; private set; } = "";

    /// <summary>Writes (PUT) of this blob that passed through, retries included.</summary>
    public int WritesOf(string blobName) => writesByPath.Where(w => w.Key.EndsWith("/" + blobName, StringComparison.Ordinal)).Sum(w => w.Value);

    public static async Task<AnswerLosingStorageProxy> StartAsync(Uri azurite)
    {
        var app = LoopbackWebApplication.Create();
        var proxy = new AnswerLosingStorageProxy(app, azurite);
        app.Run(proxy.ForwardAsync);
        await app.StartAsync();
        proxy.BaseUrl = LoopbackWebApplication.BaseUrlOf(app);
        return proxy;
    }

    /// <summary>The next write whose path ends with <paramref name="blobName"/> lands, but its answer never reaches the client.</summary>
    public void LoseAnswerOfNextWrite(string blobName) => Volatile.Write(ref holdWriteOf, "/" + blobName);

    private async Task ForwardAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), new Uri(target, context.Request.Path + context.Request.QueryString));
        if (body.Length > 0 || HttpMethods.IsPut(context.Request.Method))
        {
            request.Content = new ByteArrayContent(body.ToArray());
        }

        foreach (var (name, values) in context.Request.Headers)
        {
            if (!HopHeaders.Contains(name) && !request.Headers.TryAddWithoutValidation(name, values.ToArray()))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, values.ToArray());
            }
        }

        using var response = await upstream.SendAsync(request);
        var answer = await response.Content.ReadAsByteArrayAsync();
        if (HttpMethods.IsPut(context.Request.Method))
        {
            writesByPath.AddOrUpdate(context.Request.Path.Value!, 1, (_, n) => n + 1);
            var held = Volatile.Read(ref holdWriteOf);
            if (held is not null && context.Request.Path.Value!.EndsWith(held, StringComparison.Ordinal) && Interlocked.CompareExchange(ref holdWriteOf, null, held) == held)
            {
                try
                {
                    await Task.Delay(HangGuard, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return; // the client gave up on this answer: that is the point of holding it
                }
            }
        }

        try
        {
            context.Response.StatusCode = (int)response.StatusCode;
            foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
            {
                if (!HopHeaders.Contains(name))
                {
                    context.Response.Headers[name] = values.ToArray();
                }
            }

            await context.Response.Body.WriteAsync(answer);
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or InvalidOperationException)
        {
            // the client gave up on this answer: that is the point of holding it
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        upstream.Dispose();
    }
}
