using Microsoft.Playwright;

namespace ReIntegratie.Playground.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright (no browser download: <c>playwright install</c> is not used).
/// Every wait has a bound, so a broken page fails the test within minutes instead of hanging it.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";
    public static readonly TimeSpan ActionTimeout = TimeSpan.FromSeconds(20);

    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright playwright;

    private Chromium(IPlaywright playwright, IBrowser browser, IPage page)
    {
        this.playwright = playwright;
        Browser = browser;
        Page = page;
    }

    public IBrowser Browser { get; }

    public IPage Page { get; }

    /// <summary>Every request the page made to a host other than this machine (there should be none).</summary>
    public List<string> ExternalRequests { get; } = [];

    /// <summary>Console errors and uncaught page errors, for the failure message.</summary>
    public List<string> PageErrors { get; } = [];

    public static async Task<Chromium> LaunchAsync(int width = 1400, int height = 1000)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing: install Debian's Chromium once with 'apt-get update && apt-get install -y chromium'.");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Arguments,
            Timeout = (float)TimeSpan.FromSeconds(60).TotalMilliseconds,
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "nl-NL",
            TimezoneId = "Europe/Amsterdam",
        });
        context.SetDefaultTimeout((float)ActionTimeout.TotalMilliseconds);
        var page = await context.NewPageAsync();
        var chromium = new Chromium(playwright, browser, page);
        page.Request += (_, request) =>
        {
            if (Uri.TryCreate(request.Url, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" or "ws" or "wss" && !url.IsLoopback)
            {
                lock (chromium.ExternalRequests)
                {
                    chromium.ExternalRequests.Add(request.Url);
                }
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (chromium.PageErrors)
                {
                    chromium.PageErrors.Add("console: " + message.Text);
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (chromium.PageErrors)
            {
                chromium.PageErrors.Add("page error: " + error);
            }
        };
        return chromium;
    }

    /// <summary>Saves a screenshot (the whole page, or what is in view) and returns its absolute path.</summary>
    public async Task<string> ScreenshotAsync(string path, bool fullPage = true)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage, Timeout = 30_000 });
        return Path.GetFullPath(path);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        playwright.Dispose();
    }
}
