using System.Diagnostics;
using System.Net.Http.Headers;

namespace ReIntegratie.Benchmarks.Driver;

/// <summary>
/// The channel's side of POST /api/messages: one HttpClient with enough pooled connections that the
/// driver never queues behind its own connection limit.
/// </summary>
public sealed class BotEndpoint(Uri messagesUrl) : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient http = new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = 1024,
        UseProxy = false,
        UseCookies = false,
        AutomaticDecompression = System.Net.DecompressionMethods.None,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(5),
    })
    {
        Timeout = TimeSpan.FromSeconds(60),
    };

    /// <summary>Posts the activity; returns the status and when the response arrived.</summary>
    public async Task<(int Status, long AnsweredTimestamp)> PostAsync(byte[] activityJson, CancellationToken cancellationToken = default)
    {
        using var content = new ByteArrayContent(activityJson);
        content.Headers.ContentType = Json;
        using var request = new HttpRequestMessage(HttpMethod.Post, messagesUrl) { Content = content, Version = System.Net.HttpVersion.Version11 };
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            return ((int)response.StatusCode, Stopwatch.GetTimestamp());
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return (0, Stopwatch.GetTimestamp());
        }
    }

    public void Dispose() => http.Dispose();
}
